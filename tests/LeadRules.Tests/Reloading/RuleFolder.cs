using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using LeadRules.Tests.Rules;

namespace LeadRules.Tests.Reloading;

/// <summary>
/// A temporary folder for rule files, written the ways real deployments write them: moved over in one step, or laid
/// out as a Kubernetes ConfigMap volume (<c>rules.json -&gt; ..data/rules.json</c>, <c>..data -&gt; ..TIMESTAMP/</c>).
/// </summary>
internal sealed class RuleFolder : IDisposable
{
    private int _versions;

    public RuleFolder() => Root = Directory.CreateTempSubdirectory("leadrules-reload-").FullName;

    public string Root { get; }

    public string Path(string name) => System.IO.Path.Combine(Root, name);

    public void Dispose() => Directory.Delete(Root, recursive: true);

    /// <summary>Rules whose one scoring rule gives a referral <c>version * 10</c> points, at version <paramref name="version"/>.</summary>
    public static string Version(int version) => TestRuleSets.Build(
        scoring: $$"""{ "RuleName": "referral", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "points": {{version * 10}} } }""")
        .Replace("\"Version\": \"1.0.0\"", $"\"Version\": \"{version}\"", StringComparison.Ordinal);

    /// <summary>Rules whose scoring expression does not compile.</summary>
    public static string Broken => TestRuleSets.Build(scoring: """{ "RuleName": "referral", "Expression": "lead.Count(\"referral\") >", "Properties": { "points": 30 } }""");

    /// <summary>Writes the whole file at once (write beside it, then move over it), as a careful editor or deploy does.</summary>
    public string Write(string json, string? path = null)
    {
        path ??= Path("rules.json");
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, Guid.NewGuid().ToString("N") + ".tmp");
        File.WriteAllText(temporary, json);
        File.Move(temporary, path, overwrite: true);
        return path;
    }

    /// <summary>Lays out a ConfigMap volume holding <paramref name="json"/>; returns the path a pod reads, <c>rules.json</c>.</summary>
    public string ConfigMap(string json)
    {
        var data = NewData(json);
        File.CreateSymbolicLink(Path("..data"), data);
        return File.CreateSymbolicLink(Path("rules.json"), "..data/rules.json").FullName;
    }

    /// <summary>Updates the ConfigMap as the kubelet does: a new timestamped directory, then <c>..data_tmp</c> renamed over <c>..data</c>.</summary>
    public string SwapConfigMap(string json)
    {
        var data = NewData(json);
        File.CreateSymbolicLink(Path("..data_tmp"), data);
        RenameOver(Path("..data_tmp"), Path("..data"));
        return Path(data);
    }

    /// <summary>Replaces <paramref name="path"/> with a symbolic link to <paramref name="target"/> in one step.</summary>
    public void LinkOver(string path, string target)
    {
        var link = Path(Guid.NewGuid().ToString("N") + ".link");
        File.CreateSymbolicLink(link, target);
        RenameOver(link, path);
    }

    /// <summary>Makes a named pipe (FIFO) with <c>mkfifo</c>.</summary>
    public string Fifo(string name)
    {
        var path = Path(name);
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0 ? path : throw new InvalidOperationException($"mkfifo {path} exited with {mkfifo.ExitCode}.");
    }

    /// <summary>rename(2): atomic, and unlike File.Move it replaces a link to a directory.</summary>
    private static void RenameOver(string from, string to)
    {
        if (Rename(from, to) != 0)
        {
            throw new IOException($"rename {from} {to} failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    private string NewData(string json)
    {
        var name = $"..2026_11_28_03_21_{++_versions:D2}";
        Directory.CreateDirectory(Path(name));
        File.WriteAllText(System.IO.Path.Combine(Path(name), "rules.json"), json);
        return name;
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int Rename([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);
}
