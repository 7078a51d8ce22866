using System;
using System.IO;

namespace LeadRules.Reloading;

/// <summary>Where a rule file reached through symbolic links really lives, so that its own directory can be watched.</summary>
internal static class LinkTarget
{
    /// <summary>
    /// The real directory of the file <paramref name="path"/> leads to, after every link of the file and of the
    /// directory holding it (a ConfigMap's <c>rules.json -&gt; ..data/rules.json</c>, <c>..data -&gt; ..2026_11_28_xxx</c>);
    /// <see langword="null"/> when it cannot be told (a broken link, or a runtime without link support).
    /// </summary>
    public static string? DirectoryOf(string path)
    {
#if NET8_0_OR_GREATER
        try
        {
            var file = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
            var directory = Path.GetDirectoryName(file);
            return directory is null ? null : new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
#else
        // Links cannot be read here; the periodic check still sees an edited target.
        return null;
#endif
    }
}
