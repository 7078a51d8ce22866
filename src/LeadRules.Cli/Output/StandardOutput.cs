using System.Text;
using Microsoft.Win32.SafeHandles;

namespace LeadRules.Cli.Output;

/// <summary>
/// Standard output as a stream that reports failures: the console stream .NET gives ignores a closed pipe (EPIPE),
/// which would end a command with exit 0 and rows missing, so on Unix descriptor 1 is written directly.
/// </summary>
internal static class StandardOutput
{
    /// <summary>How messages name standard output.</summary>
    public const string Name = "standard output";

    /// <summary>A UTF-8 writer on standard output whose failures throw <see cref="OutputException"/>; dispose it to flush.</summary>
    public static TextWriter Open() => new StreamWriter(OpenStream(), new UTF8Encoding(false), 1 << 16);

    /// <summary>Standard output as an unbuffered stream whose failures throw <see cref="OutputException"/>.</summary>
    public static Stream OpenStream()
    {
        var stream = OperatingSystem.IsWindows()
            ? Console.OpenStandardOutput()
            : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 0);
        return new OutputStream(stream, Name);
    }
}
