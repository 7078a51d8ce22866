using LeadRules.Extensions.DependencyInjection;
using LeadRules.Leads;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Usage: CrmHost RULES_FILE. Serves the rules, edits the file while serving, and checks the edit is picked up.
var rulesPath = args[0];
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
