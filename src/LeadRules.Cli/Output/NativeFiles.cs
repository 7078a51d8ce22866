using System.Runtime.InteropServices;

namespace LeadRules.Cli.Output;

/// <summary>
/// Linux's <c>statx</c> from libc: its result has one layout on every architecture, so a buffer can be read without
/// per-platform structs.
/// </summary>
internal static partial class NativeFiles
{
    /// <summary>Look up the file named by a descriptor, with an empty path.</summary>
    public const int EmptyPath = 0x1000;

    /// <summary>Relative paths are taken from the working directory.</summary>
    public const int WorkingDirectory = -100;

    /// <summary>Ask for the file's type, mode and inode number (the device is always filled).</summary>
    public const uint TypeModeInode = 0x1 | 0x2 | 0x100;

    /// <summary>The size of <c>struct statx</c> (256 bytes).</summary>
    public const int StatxSize = 256;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
