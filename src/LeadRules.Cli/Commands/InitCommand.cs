using System.CommandLine;
using System.Text;
using LeadRules.Rules;

namespace LeadRules.Cli.Commands;

/// <summary>
/// <c>leadrules init FILE</c>: writes a starter rule file (a copy of the default rule set, named after the file) and the
/// JSON Schema its <c>$schema</c> names beside it, so an editor completes and checks it anywhere.
/// </summary>
internal static class InitCommand
{
    private const string SchemaFileName = "leadrules.schema.json";

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The rule file to create, such as rules/my-rules.json." };
        var force = new Option<bool>("--force", "-f") { Description = "Overwrite FILE (and the schema beside it) when they exist." };
        var command = new Command("init", $"Write a starter rule file, a copy of the default rule set, and {SchemaFileName} beside it for editors.") { file, force };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(force), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string path, bool force, TextWriter output, TextWriter errors)
    {
        var full = Path.GetFullPath(path);
        var schema = Path.Combine(Path.GetDirectoryName(full)!, SchemaFileName);
        if (Directory.Exists(full))
        {
            errors.WriteLine($"error: {path} is a directory; give the rule file's name, such as {Path.Combine(path, "my-rules.json")}.");
            return ExitCodes.Unusable;
        }

        if (!force && File.Exists(full))
        {
            errors.WriteLine($"error: {path} exists; choose another name, or add --force to overwrite it.");
            return ExitCodes.Unusable;
        }

        var name = Path.GetFileNameWithoutExtension(full);
        var text = Starter(name);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            var schemaNote = "kept";
            if (force || !File.Exists(schema))
            {
                File.WriteAllText(schema, RuleSet.JsonSchema, new UTF8Encoding(false));
                schemaNote = "written";
            }

            var loaded = RuleSet.Load(full);
            output.WriteLine($"wrote {path}: rule set {loaded.Stamp.Name} {loaded.Stamp.Version}, {loaded.Rules.Count} rules; {SchemaFileName} {schemaNote} beside it.");
            output.WriteLine($"edit it, then check it with: leadrules validate {path}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: cannot write {path}: {e.Message}");
            return ExitCodes.Unusable;
        }
    }

    /// <summary>The default rule file, renamed to <paramref name="name"/> at version 0.1.0.</summary>
    public static string Starter(string name)
    {
        var text = ReplaceFirst(RuleSet.Default.Text, "// LeadRules default rule set:", "// A starter rule set, written by leadrules init from the LeadRules default rule set:");
        var escaped = Newtonsoft.Json.JsonConvert.ToString(name);
        return ReplaceFirst(ReplaceFirst(text, "\"Name\": \"default\"", "\"Name\": " + escaped), "\"Version\": \"1.0.0\"", "\"Version\": \"0.1.0\"");
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"The embedded default rule file no longer contains {find}.");
        }

        return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    }
}
