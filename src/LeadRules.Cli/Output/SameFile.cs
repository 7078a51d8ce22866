namespace LeadRules.Cli.Output;

/// <summary>
/// Whether an output would overwrite the input: the same file by device and inode (through hard and symbolic links,
/// and standard input redirected from it) where that can be read, else the same full path once symbolic links are resolved.
/// </summary>
internal static class SameFile
{
    /// <summary>Whether writing <paramref name="output"/> would overwrite <paramref name="input"/> (a path, or '-' for standard input).</summary>
    public static bool IsInput(string output, string input)
    {
        if (FileIdentity.Supported)
        {
            var source = input == "-" ? FileIdentity.OfDescriptor(0) : FileIdentity.OfPath(input);
            return source is { } a && FileIdentity.OfPath(output) is { } b && a.SameFileAs(b);
        }

        return input != "-" && string.Equals(FinalPath(input), FinalPath(output), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>Whether standard output is the <paramref name="input"/> file (<c>&gt;&gt; input</c>), so that writing would feed the input.</summary>
    public static bool StandardOutputIsInput(string input)
    {
        var source = input == "-" ? FileIdentity.OfDescriptor(0) : FileIdentity.OfPath(input);
        return source is { IsRegular: true } a && FileIdentity.OfDescriptor(1) is { } b && a.SameFileAs(b);
    }

    /// <summary>The full path of the file a path finally names, through symbolic links.</summary>
    public static string FinalPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(path);
            return File.Exists(full) && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return path;
        }
    }
}
