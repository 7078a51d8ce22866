using LeadRules.Leads.Mapping;
using LeadRules.Rules;

namespace LeadRules.Cli.Input;

/// <summary>Opens <c>--in</c> as NDJSON, or as a CSV export through <c>--mapping</c>, printing every problem that stops it.</summary>
internal static class LeadSources
{
    /// <summary>The source, or <see langword="null"/> after printing why the input or the mapping cannot be used.</summary>
    /// <param name="needsLabel">Whether the command needs outcomes: a mapping without a label then needs <see cref="CsvLeadReaderOptions.LabelColumn"/>.</param>
    public static LeadSource? Open(string input, string? mappingPath, RuleSet rules, DateTimeOffset asOf, CsvLeadReaderOptions csv, TextWriter errors, bool needsLabel = false)
    {
        LeadMapping? mapping = null;
        if (mappingPath is not null)
        {
            try
            {
                mapping = LeadMapping.Load(mappingPath);
            }
            catch (MappingException e)
            {
                errors.WriteLine(e.Message);
                return null;
            }

            if (needsLabel && mapping.LabelColumn is null && csv.LabelColumn is null)
            {
                errors.WriteLine($"error: the mapping '{mappingPath}' has no Label, so the export's rows have no outcome: add \"Label\": {{ \"Column\": ..., \"Positive\": [...] }} to it, or give --label COLUMN --positive VALUE...");
                return null;
            }

            var unknown = mapping.Check(rules.Vocabulary);
            if (unknown.Count > 0)
            {
                errors.WriteLine($"error: the mapping names contact-point types the rule set '{rules.Source}' does not know (add them to its Vocabulary, or map to known types):");
                foreach (var problem in unknown)
                {
                    errors.WriteLine("  " + problem);
                }

                return null;
            }
        }

        if (mapping is null && input.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            errors.WriteLine($"error: --in '{input}' looks like a CSV export; read it through a mapping with --mapping FILE (see samples/bank-marketing/mapping.json), or give NDJSON leads.");
            return null;
        }

        if (mapping is null)
        {
            return InputOptions.OpenInputStream(input, errors) is { } bytes ? new NdjsonSource(bytes) : null;
        }

        var text = InputOptions.OpenInput(input, errors);
        if (text is null)
        {
            return null;
        }

        try
        {
            return new CsvSource(text, mapping, asOf, csv);
        }
        catch (Exception e) when (e is MappingException or ArgumentException)
        {
            text.Dispose();
            errors.WriteLine($"error: --in '{input}': {e.Message}");
            return null;
        }
    }
}
