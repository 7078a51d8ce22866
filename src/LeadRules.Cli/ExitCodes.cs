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

    /// <summary>
    /// Reading the input or writing an output failed part-way (a full disk, a closed standard output, a read error):
    /// an output file is left as it was, standard output is incomplete.
    /// </summary>
    public const int ReadOrWriteFailed = 4;

    // Ctrl-C, SIGTERM and SIGHUP exit with 128 + the signal's number (130, 143, 129): see Output.Interruption.
}
