namespace LeadRules.Tests.Evaluation;

/// <summary>
/// A rule set whose every scoring rule turns on something that once depended on the host: casing, numbers and dates
/// made text, ordinal comparisons, contact-point times with and without an offset. Each rule gives a different
/// power of two, so the score says exactly which rules held.
/// </summary>
internal static class HostRuleSet
{
    public const string AsOf = "2026-11-01T00:00:00Z";

    public const string Json = """
        {
          "Name": "hosts", "Version": "1.0.0",
          "Workflows": [
            { "WorkflowName": "scoring",
              "GlobalParams": [ { "Name": "label", "Expression": "lead.Number(\"n\").ToString() + \"x\"" } ],
              "Rules": [
              { "RuleName": "upper", "Expression": "lead.Text(\"name\").ToUpper() == \"TITLE\"", "Properties": { "points": 1 } },
              { "RuleName": "lower", "Expression": "lead.Text(\"code\").ToLower() == \"indigo\"", "Properties": { "points": 2 } },
              { "RuleName": "char_upper", "Expression": "char.ToUpper(lead.Text(\"name\")[1]) == 'I' && char.ToLower(lead.Text(\"code\")[0]) == 'i'", "Properties": { "points": 4 } },
              { "RuleName": "double_text", "Expression": "lead.Number(\"n\").ToString() == \"1.5\" && (-lead.Number(\"n\")).ToString() == \"-1.5\"", "Properties": { "points": 8 } },
              { "RuleName": "int_text", "Expression": "(lead.Count(\"referral\") * -1000).ToString() == \"-2000\"", "Properties": { "points": 16 } },
              { "RuleName": "date_text", "Expression": "DateTime(2026, 1, 2).AddDays(lead.Number(\"n\")).ToString() == \"01/03/2026 12:00:00\"", "Properties": { "points": 32 } },
              { "RuleName": "offset_text", "Expression": "DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.FromHours(1)).AddDays(lead.Number(\"n\")).ToString() == \"01/03/2026 12:00:00 +01:00\"", "Properties": { "points": 64 } },
              { "RuleName": "ordinal", "Expression": "lead.Text(\"name\").StartsWith(\"ti\", StringComparison.Ordinal) && lead.Text(\"code\").Equals(\"indigo\", StringComparison.OrdinalIgnoreCase)", "Properties": { "points": 128 } },
              { "RuleName": "recent", "Expression": "lead.Within(\"referral\", 12) && !lead.Within(\"referral\", 11)", "Properties": { "points": 256 } },
              { "RuleName": "no_offset_is_utc", "Expression": "lead.DaysSince(\"demo_request\") == 10.5", "Properties": { "points": 512 } },
              { "RuleName": "global_text", "Expression": "label == \"1.5x\"", "Properties": { "points": 1024 } },
              { "RuleName": "fading", "Expression": "lead.Count(\"referral\") > 0", "Properties": { "type": "referral", "pointsEach": 0.5, "halfLifeDays": 7.3 } }
            ] },
            { "WorkflowName": "temperature", "Rules": [
              { "RuleName": "cold_otherwise", "Expression": "true", "Properties": { "temperature": "cold" } } ] },
            { "WorkflowName": "strategies", "Rules": [
              { "RuleName": "digital_ads", "Expression": "temperature.ToUpper() == \"COLD\" && score.ToString() != \"\"", "Properties": { "stages": [ "cold" ], "owner": "marketing", "channel": "ads", "consent": "none", "reason": "Cold lead: ads." } } ] }
          ]
        }
        """;

    /// <summary>Lead A makes every rule hold; lead B, written in Turkish casing, none but the fading one.</summary>
    public const string Leads = """
        {"id":"A","contactPoints":[{"type":"referral","at":"2026-10-20T05:00:00+05:00","count":2},{"type":"demo_request","at":"2026-10-21T12:00:00"}],"attributes":{"name":"title","code":"INDIGO","n":1.5}}
        {"id":"B","contactPoints":[{"type":"referral","at":"2026-10-01"}],"attributes":{"name":"tİtle","code":"ındıgo","n":-2.25}}

        """;
}
