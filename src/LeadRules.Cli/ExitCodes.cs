namespace LeadRules.Cli;

/// <summary>The exit codes of the command line.</summary>
internal static class ExitCodes
{
    /// <summary>Every lead scored, or the rule file is valid.</summary>
    public const int Success = 0;

    /// <summary>The rules or the arguments are unusable; no output was written.</summary>
    public const int Unusable = 2;

    /// <summary>Some rows carry errors; every input line still has its row.</summary>
    public const int SomeLeadsFailed = 3;
}
