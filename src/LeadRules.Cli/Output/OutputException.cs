namespace LeadRules.Cli.Output;

/// <summary>Writing an output failed part-way (a full disk, a closed standard output): the message names the output and the cause.</summary>
internal sealed class OutputException : IOException
{
    public OutputException(string destination, Exception inner)
        : base($"error: {destination} could not be written to the end: {inner.Message.TrimEnd('.')}. {Advice(destination)}", inner)
    {
    }

    private static string Advice(string destination) => destination == StandardOutput.Name
        ? "The output is incomplete: write to a file with --out, or keep the reader open until the command ends."
        : "The file was left as it was; free some space or choose another place, and run the command again.";
}
