using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace LeadRules.Rules.Reading;

/// <summary>
/// Tells a regular file from a directory, device, named pipe or socket before it is opened: opening a FIFO waits
/// for a writer, and a device such as <c>/dev/zero</c> never ends.
/// </summary>
internal static class RegularFile
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>
    /// Why <paramref name="path"/> is not a file to read (<paramref name="what"/> names it: "rule file"), or
    /// <see langword="null"/> when it is a regular file or does not exist (opening it then says so).
    /// </summary>
    public static string? Refusal(string path, string what)
    {
        if (Directory.Exists(path))
        {
            return $"the {what} is a directory; give the path of a JSON file.";
        }

        var kind = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? WindowsKind(path) : UnixKind(path);
        return kind is null ? null : $"the {what} is {kind}, not a regular file, and was not read; give the path of a JSON file.";
    }

    private static string? WindowsKind(string path) =>
        File.Exists(path) && (File.GetAttributes(path) & FileAttributes.Device) != 0 ? "a device" : null;

    /// <summary>
    /// The file type from <c>stat</c> (links followed) through the .NET runtime's own native shim, whose status starts
    /// with two 32-bit fields, flags and mode, with the file-type bits the same on every Unix. A runtime without that
    /// shim (Mono, native AOT) gets no answer here, and the bounded read stays the guard.
    /// </summary>
    private static string? UnixKind(string path)
    {
        var status = new byte[512];
        try
        {
            if (SystemNativeStat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => null,
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            var other => $"of file type 0x{other:X4}",
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int SystemNativeStat(byte[] path, [Out] byte[] status);
}
