using System.Text;

namespace LeadRules.Cli.Output;

/// <summary>
/// A file written whole or not at all: the text goes to a temporary file beside it (<c>.NAME.RANDOM.tmp</c>), renamed
/// over it by <see cref="Commit"/>. Disposed without a commit (a failure, Ctrl-C, SIGTERM) the temporary file is deleted
/// and the file is left as it was. A symbolic link is followed (the file it names is replaced); an existing target that is
/// not a regular file (a device such as <c>/dev/null</c>, a named pipe) is written in place.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    private const int Open = 0, Committed = 1, Abandoned = 2;

    private readonly string _target;
    private readonly string? _temporary;
    private readonly OutputStream _stream;
    private int _state;

    private OutputFile(string target, string? temporary, FileStream stream, string destination)
    {
        _target = target;
        _temporary = temporary;
        _stream = new OutputStream(stream, destination);
        Writer = new StreamWriter(_stream, new UTF8Encoding(false), 1 << 16);
    }

    /// <summary>Where the text goes until <see cref="Commit"/>.</summary>
    public TextWriter Writer { get; }

    /// <summary>Where bytes go until <see cref="Commit"/>, unbuffered; write through either this or <see cref="Writer"/>, not both.</summary>
    public Stream Stream => _stream;

    /// <summary>Opens <paramref name="path"/> for writing, or returns <see langword="null"/> after printing why it cannot be written.</summary>
    /// <param name="option">The option that named the file, for messages: <c>--out</c>, <c>--report</c>.</param>
    public static OutputFile? TryCreate(string path, string option, TextWriter errors)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new IOException("it is a folder; give a file name");
            }

            var target = SameFile.FinalPath(path);
            if (File.Exists(target) && FileIdentity.OfPath(target) is { IsRegular: false })
            {
                return Track(new OutputFile(target, null, new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 0), $"{option} '{path}'"));
            }

            var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read | FileShare.Delete, BufferSize = 0 };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = File.Exists(target) ? File.GetUnixFileMode(target) : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
            }

            return Track(new OutputFile(target, temporary, new FileStream(temporary, options), $"{option} '{path}'"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.WriteLine($"error: {option} '{path}' cannot be written: {e.Message}");
            return null;
        }
    }

    /// <summary>Flushes the text to the disk and renames the temporary file over the target; throws <see cref="OutputException"/> when that fails.</summary>
    public void Commit()
    {
        Writer.Flush();
        _stream.FlushToDisk();
        Writer.Dispose();
        lock (Interruption.Gate)
        {
            if (Interruption.Exiting || Interlocked.CompareExchange(ref _state, Committed, Open) != Open)
            {
                Interruption.WaitForExit();
            }

            Interruption.Forget(this);
            if (_temporary is not null)
            {
                try
                {
                    File.Move(_temporary, _target, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    _state = Open;
                    throw new OutputException(_stream.Destination, e);
                }
            }
        }
    }

    /// <summary>Deletes the temporary file unless committed; safe to call from a signal handler while another thread writes.</summary>
    public void Abandon()
    {
        if (Interlocked.CompareExchange(ref _state, Abandoned, Open) == Open && _temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"warning: the temporary file '{_temporary}' could not be deleted: {e.Message}");
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Writer.Dispose();
        }
        catch (IOException)
        {
            // The output already failed and is being abandoned; the failure that stopped it has been reported.
        }

        lock (Interruption.Gate)
        {
            Interruption.Forget(this);
        }

        Abandon();
    }

    private static OutputFile Track(OutputFile file)
    {
        lock (Interruption.Gate)
        {
            Interruption.Remember(file);
        }

        return file;
    }
}
