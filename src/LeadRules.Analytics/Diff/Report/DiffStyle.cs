namespace LeadRules.Analytics.Diff.Report;

/// <summary>The diff report's few styles beyond the backtest report's style sheet: moves up and down, gains and losses.</summary>
internal static class DiffStyle
{
    public const string Css = """
        .stay { fill: var(--not-converted); } .up { fill: var(--warm); } .down { fill: var(--cold); }
        .gained { fill: var(--converted); } .lost { fill: var(--flag); }
        .cards .arrow { color: var(--muted); font-weight: 400; }

        """;
}
