using LeadRules;
using LeadRules.Leads;
using LeadRules.Rules;

var scorer = new LeadScorer(RuleSet.Default);
var lead = new Lead("L-1001", [new ContactPoint("referral", DateTimeOffset.Parse("2026-10-20Z")), new ContactPoint("demo_request", DateTimeOffset.Parse("2026-10-30Z"))]);
var result = scorer.Assess(lead, asOf: DateTimeOffset.Parse("2026-11-01Z"));
Console.WriteLine($"{result.LeadId}: {result.Temperature.ToName()}, score {result.Score}, owner {result.Owner.ToName()}");
foreach (var r in result.Recommendations) Console.WriteLine($"  do {r.Strategy} ({r.Owner.ToName()}, {r.Channel}): {r.Reason}");
foreach (var r in result.Reasons) Console.WriteLine($"  because {r.Rule}: {r.Points} points");
