using LeadRules.Extensions.DependencyInjection;
using LeadRules.Leads;
using LeadRules.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// Usage: CrmHost [RULES_FILE]. Serves the rules, edits the file while serving, and checks the edit is picked up.
// Without RULES_FILE it serves a temporary copy of the embedded default rule set.
if (args.Length > 1)
{
    Console.Error.WriteLine("usage: CrmHost [RULES_FILE]");
    return 2;
}

var rulesPath = args.Length == 1 ? args[0] : Path.Combine(Path.GetTempPath(), $"crmhost-{Environment.ProcessId}.json");
if (args.Length == 0)
{
    File.WriteAllText(rulesPath, RuleSet.Default.Text);
}
else if (!File.Exists(rulesPath))
{
    Console.Error.WriteLine($"error: the rule file {rulesPath} does not exist; give a rule file, or nothing to serve a copy of the default.");
    return 2;
}

try
{
    var builder = Host.CreateApplicationBuilder();
    builder.Services.AddLeadRules(options =>
    {
        options.RulesPath = rulesPath;
        options.ReloadOnChange = true;
    });
    using var host = builder.Build();
    await host.StartAsync();

    var scorer = host.Services.GetRequiredService<LeadRulesScorer>();
    var lead = new Lead("L-7", [new ContactPoint("referral", DateTimeOffset.UtcNow.AddDays(-2))]);
    var before = scorer.Assess(lead);
    Console.WriteLine($"before: {before.RuleSet} {before.Temperature} {before.Score}");

    File.WriteAllText(rulesPath, File.ReadAllText(rulesPath).Replace("\"Version\": \"1.0.0\"", "\"Version\": \"1.0.1\""));
    for (var i = 0; i < 100 && scorer.Assess(lead).RuleSet.Version != "1.0.1"; i++)
    {
        await Task.Delay(100);
    }

    var after = scorer.Assess(lead);
    Console.WriteLine($"after: {after.RuleSet} {after.Temperature} {after.Score}");
    await host.StopAsync();
    return after.RuleSet.Version == "1.0.1" ? 0 : 1;
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
finally
{
    if (args.Length == 0)
    {
        File.Delete(rulesPath);
    }
}
