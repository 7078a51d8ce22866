using LeadRules.Recency;

namespace LeadRules.Cli.Output;

/// <summary>Prints, for every rule that asks how recent a contact point is, how many leads it could not judge for want of dates.</summary>
internal static class UndatedRecencyWarning
{
    public static void Print(TextWriter output, IReadOnlyList<UndatedRecencyCount> counts)
    {
        var blind = counts.Where(c => c.Leads > 0).ToArray();
        if (blind.Length == 0)
        {
            return;
        }

        output.WriteLine("warning: these rules ask how recent a contact point is, but some leads' contact points carry no date, so the rules");
        output.WriteLine("         could not fire for them (give the points a date or an age: a mapping's \"Time\", or \"at\" in NDJSON):");
        foreach (var count in blind)
        {
            output.WriteLine($"  {count.Workflow}/{count.Rule}: {count.Leads} leads");
        }
    }
}
