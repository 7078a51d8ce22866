namespace LeadRules;

/// <summary>Which rule set produced an answer: its name, version and content hash.</summary>
public sealed class RuleSetStamp
{
    internal RuleSetStamp(string name, string version, string hash)
    {
        Name = name;
        Version = version;
        Hash = hash;
    }

    /// <summary>The rule set's <c>Name</c>.</summary>
    public string Name { get; }

    /// <summary>The rule set's <c>Version</c>.</summary>
    public string Version { get; }

    /// <summary>The SHA-256 of the rule file's bytes, lower-case hex.</summary>
    public string Hash { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name} {Version} ({Hash.Substring(0, 12)})";
}
