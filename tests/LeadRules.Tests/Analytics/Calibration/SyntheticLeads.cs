using System;
using System.Collections.Generic;
using System.Linq;
using LeadRules.Leads;
using LeadRules.Rules;

namespace LeadRules.Tests.Analytics.Calibration;

/// <summary>
/// A small rule set and leads drawn from a known logistic model over it: visits add 0.5 log-odds each (up to three),
/// a complaint adds <c>complaintEffect</c>, the gold plan 1.0, a webinar 0.8; noise does nothing; a rare event holds
/// for ten leads.
/// </summary>
internal static class SyntheticLeads
{
    public static readonly DateTimeOffset AsOf = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public const string RulesText = """
        {
          "Name": "synthetic",
          "Version": "2.3.1",
          "Vocabulary": { "ContactPointTypes": { "visit": "website", "complaint": "negative", "rare": "website", "noise": "website", "webinar": "event" } },
          "Workflows": [
            { "WorkflowName": "scoring", "Rules": [
              { "RuleName": "visited", "Expression": "lead.Count(\"visit\") > 0", "Properties": { "type": "visit", "pointsEach": 5, "cap": 15 } },
              { "RuleName": "complained", "Expression": "lead.Count(\"complaint\") > 0", "Properties": { "type": "complaint", "points": -10 } },
              { "RuleName": "rare_event", "Expression": "lead.Count(\"rare\") > 0", "Properties": { "points": 7 } },
              { "RuleName": "noise_event", "Expression": "lead.Count(\"noise\") > 0", "Properties": { "points": 3 } } ] },
            { "WorkflowName": "temperature", "Rules": [
              { "RuleName": "warm_visitors", "Expression": "score >= 10", "Properties": { "temperature": "warm" } } ] },
            { "WorkflowName": "strategies", "Rules": [
              // kept as written
              { "RuleName": "direct_mailer", "Expression": "true",
                "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "mail", "consent": "mail", "reason": "A mailer." } } ] }
          ]
        }
        """;

    public static RuleSet Rules => RuleSet.Parse(RulesText, "synthetic.json");

    public static IEnumerable<(Lead Lead, bool Converted)> Draw(int count, double complaintEffect, int seed = 11)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var visits = random.Next(5);
            var complaint = random.NextDouble() < 0.2;
            var noise = random.NextDouble() < 0.5;
            var webinar = random.NextDouble() < 0.15;
            var gold = random.NextDouble() < 0.25;
            var points = new List<ContactPoint>();
            if (visits > 0)
            {
                points.Add(new ContactPoint("visit", AsOf.AddDays(-3), visits));
            }

            Add(complaint, "complaint");
            Add(noise, "noise");
            Add(webinar, "webinar");
            Add(i % 2000 == 0, "rare");
            var eta = -2 + (0.5 * Math.Min(visits, 3)) + (complaint ? complaintEffect : 0) + (gold ? 1.0 : 0) + (webinar ? 0.8 : 0);
            var attributes = new Dictionary<string, object> { ["plan"] = gold ? "gold" : "basic" };
            yield return (new Lead($"L{i}", points, attributes: attributes), random.NextDouble() < 1 / (1 + Math.Exp(-eta)));

            void Add(bool held, string type)
            {
                if (held)
                {
                    points.Add(new ContactPoint(type, AsOf.AddDays(-1)));
                }
            }
        }
    }

    public static IReadOnlyList<string> Names(IEnumerable<RuleInfo> rules, string workflow) => rules.Where(r => r.Workflow == workflow).Select(r => r.Name).ToArray();
}
