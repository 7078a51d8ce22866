using System.Runtime.InteropServices;

namespace LeadRules.Cli.Output;

/// <summary>
/// Ctrl-C (SIGINT), SIGTERM and SIGHUP: every output file still being written is abandoned (its temporary file deleted,
/// the file left as it was), the signal is reported on stderr and the process exits with 128 + the signal's number
/// (130, 143, 129), as shells do.
/// </summary>
internal static class Interruption
{
    private static readonly HashSet<OutputFile> Files = new();
    private static readonly List<PosixSignalRegistration> Registrations = new();

    /// <summary>Held while output files are tracked, committed or abandoned.</summary>
    public static object Gate { get; } = new();

    /// <summary>Whether a signal arrived and the process is exiting.</summary>
    public static bool Exiting { get; private set; }

    public static void Install()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            try
            {
                Registrations.Add(PosixSignalRegistration.Create(signal, Handle));
            }
            catch (PlatformNotSupportedException)
            {
                // This platform does not deliver that signal.
            }
        }
    }

    /// <summary>Tracks a file being written; call with <see cref="Gate"/> held.</summary>
    public static void Remember(OutputFile file) => Files.Add(file);

    /// <summary>Stops tracking a file (committed or disposed); call with <see cref="Gate"/> held.</summary>
    public static void Forget(OutputFile file) => Files.Remove(file);

    /// <summary>Blocks the calling thread while the signal handler ends the process.</summary>
    public static void WaitForExit() => Thread.Sleep(Timeout.Infinite);

    private static void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        int abandoned;
        lock (Gate)
        {
            Exiting = true;
            abandoned = Files.Count;
            foreach (var file in Files)
            {
                file.Abandon();
            }

            Files.Clear();
        }

        var (name, number) = context.Signal switch
        {
            PosixSignal.SIGINT => ("Ctrl-C (SIGINT)", 2),
            PosixSignal.SIGHUP => ("SIGHUP", 1),
            _ => ("SIGTERM", 15),
        };
        Console.Error.WriteLine($"error: stopped by {name}; {abandoned} unfinished output file(s) deleted, existing files left as they were.");
        Environment.Exit(128 + number);
    }
}
