using System.Runtime.InteropServices;

namespace LeadRules.Cli.Output;

/// <summary>
/// Which file a path or an open descriptor is, by device and inode, so that two names of one file (hard links,
/// symbolic links, a standard input redirected from it) are recognised as one. Linux only; elsewhere
/// <see cref="Supported"/> is false and callers compare resolved full paths.
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, bool IsRegular)
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    /// <summary>Whether device and inode can be read here.</summary>
    public static bool Supported { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The file at <paramref name="path"/> (symbolic links followed), or <see langword="null"/> when there is none or it cannot be read.</summary>
    public static FileIdentity? OfPath(string path) => Supported ? Read(NativeFiles.WorkingDirectory, path, 0) : null;

    /// <summary>The file open as descriptor <paramref name="descriptor"/> (0 is standard input, 1 standard output).</summary>
    public static FileIdentity? OfDescriptor(int descriptor) => Supported ? Read(descriptor, string.Empty, NativeFiles.EmptyPath) : null;

    /// <summary>Whether both are the same file.</summary>
    public bool SameFileAs(FileIdentity other) => Device == other.Device && Inode == other.Inode;

    private static FileIdentity? Read(int directory, string path, int flags)
    {
        var buffer = new byte[NativeFiles.StatxSize];
        if (NativeFiles.Statx(directory, path, flags, NativeFiles.TypeModeInode, buffer) != 0)
        {
            return null;
        }

        // struct statx: stx_mode (u16) at 28, stx_ino (u64) at 32, stx_dev_major and stx_dev_minor (u32) at 136 and 140.
        var mode = MemoryMarshal.Read<ushort>(buffer.AsSpan(28));
        var inode = MemoryMarshal.Read<ulong>(buffer.AsSpan(32));
        var device = ((ulong)MemoryMarshal.Read<uint>(buffer.AsSpan(136)) << 32) | MemoryMarshal.Read<uint>(buffer.AsSpan(140));
        return new FileIdentity(device, inode, (mode & TypeMask) == RegularType);
    }

    private static bool Probe()
    {
        try
        {
            return Read(NativeFiles.WorkingDirectory, "/", 0) is not null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
