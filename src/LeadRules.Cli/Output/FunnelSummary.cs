using System.Globalization;

namespace LeadRules.Cli.Output;

/// <summary>Counts scored leads per temperature and per owner, and prints the funnel to stderr.</summary>
internal sealed class FunnelSummary
{
    private readonly int[] _temperatures = new int[3];
    private readonly int[] _owners = new int[2];

    public long Leads { get; private set; }

    public long Errors { get; private set; }

    public void AddError()
    {
        Leads++;
        Errors++;
    }

    public void Add(Assessment assessment)
    {
        if (!assessment.Succeeded)
        {
            AddError();
            return;
        }

        Leads++;
        _temperatures[(int)assessment.Temperature]++;
        _owners[(int)assessment.Owner]++;
    }

    public void Print(TextWriter output, string rules, DateTimeOffset asOf)
    {
        var scored = Leads - Errors;
        output.WriteLine($"scored {scored} of {Leads} leads ({Errors} with errors) as of {asOf.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} with {rules}");
        output.WriteLine("funnel      leads   share");
        foreach (var temperature in new[] { Temperature.Cold, Temperature.Warm, Temperature.Qualified })
        {
            output.WriteLine(Row(temperature.ToName(), _temperatures[(int)temperature], scored));
        }

        foreach (var owner in new[] { Owner.Marketing, Owner.Sales })
        {
            output.WriteLine(Row("owner " + owner.ToName(), _owners[(int)owner], scored));
        }
    }

    private static string Row(string name, int count, long total)
    {
        var share = total == 0 ? 0 : 100.0 * count / total;
        return string.Format(CultureInfo.InvariantCulture, "{0,-15} {1,6} {2,6:0.0}%", name, count, share);
    }
}
