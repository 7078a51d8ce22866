namespace LeadRules.Cli.Output;

/// <summary>Refuses an output that would overwrite or feed the input, before anything is read or written.</summary>
internal static class OutputChecks
{
    /// <summary>Whether the file <paramref name="outputPath"/> is safe to write while reading <paramref name="input"/>; prints why not.</summary>
    /// <param name="option">The option naming the output, for the message: <c>--out</c>, <c>--report</c>.</param>
    public static bool NotTheInput(string input, string outputPath, string option, TextWriter errors)
    {
        if (!SameFile.IsInput(outputPath, input))
        {
            return true;
        }

        errors.WriteLine($"error: {option} '{outputPath}' is {Name(input)}; writing it would destroy the input. Choose another {option}.");
        return false;
    }

    /// <summary>Whether standard output is safe to write while reading <paramref name="input"/> (not appending to it); prints why not.</summary>
    public static bool StandardOutputNotTheInput(string input, TextWriter errors)
    {
        if (!SameFile.StandardOutputIsInput(input))
        {
            return true;
        }

        errors.WriteLine($"error: standard output is {Name(input)}; writing it would feed the output back into the input. Redirect it to another file or give --out.");
        return false;
    }

    private static string Name(string input) => input == "-" ? "standard input" : "the --in file";
}
