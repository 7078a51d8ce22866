namespace LeadRules.Analytics.Report;

/// <summary>The report's only style sheet, inlined in the page: system fonts, no images, no imports.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee4; --paper: #ffffff; --page: #f2f4f7;
          --cold: #4c78a8; --warm: #f28e2b; --qualified: #d64550; --converted: #2a9d8f; --not-converted: #b8c2cc;
          --rule: #4c78a8; --rule-minus: #8e6c8a; --flag: #d64550; --marketing: #4c78a8; --sales: #f28e2b; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--page); color: var(--ink);
          font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1000px; margin: 24px auto; padding: 0 16px; }
        header, section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 20px 24px; margin-bottom: 16px; }
        h1 { font-size: 26px; margin: 0 0 4px; overflow-wrap: anywhere; }
        h1 .version { color: var(--muted); font-weight: 400; }
        h2 { font-size: 18px; margin: 0 0 4px; }
        .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0; }
        .stamp, .explain { color: var(--muted); margin: 0 0 12px; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; overflow-wrap: anywhere; }
        .verdict { border-radius: 6px; padding: 10px 14px; margin: 12px 0; display: flex; flex-direction: column; gap: 2px; }
        .verdict.yes { background: #e6f4f1; border-left: 5px solid var(--converted); }
        .verdict.no { background: #fdecee; border-left: 5px solid var(--flag); }
        .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; display: flex; flex-direction: column; }
        .card .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
        .card .value { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
        .card .note { font-size: 12px; color: var(--muted); }
        .card.bad .value { color: var(--flag); }
        .warning { margin-top: 14px; background: #fff4e0; border: 1px solid #f0b85a; border-left: 5px solid #e08a00; border-radius: 6px; padding: 10px 14px; }
        .warning ul { margin: 6px 0 0; padding-left: 20px; }
        svg.chart { display: block; width: 100%; height: auto; margin: 8px 0 12px; font-size: 12px; }
        svg.chart text { fill: var(--ink); }
        svg.chart .tick, svg.chart .axis-title, svg.chart .none { fill: var(--muted); }
        svg.chart .axis { stroke: #9aa5b1; stroke-width: 1; }
        svg.chart .grid { stroke: #e8ebef; stroke-width: 1; }
        svg.chart .reference { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 5 4; }
        svg.chart .whisker { stroke: var(--ink); stroke-width: 1.2; }
        svg.chart .value { font-weight: 600; }
        svg.chart .value, svg.chart .flag-text, svg.chart .none { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        svg.chart .flag-text { fill: var(--flag); font-style: italic; font-size: 11px; }
        svg.chart .flag-name { fill: var(--flag); }
        svg.chart .inside { fill: #ffffff; font-weight: 600; }
        .cold { fill: var(--cold); } .warm { fill: var(--warm); } .qualified { fill: var(--qualified); }
        .converted { fill: var(--converted); } .not-converted { fill: var(--not-converted); } .decile { fill: var(--cold); }
        .adds { fill: var(--rule); } .subtracts { fill: var(--rule-minus); } .flagged { fill: var(--flag); }
        .marketing { fill: var(--marketing); } .sales { fill: var(--sales); } .other { fill: var(--not-converted); }
        table { width: 100%; border-collapse: collapse; margin: 4px 0 16px; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: 4px 0 6px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); white-space: nowrap; }
        td:first-child:not(.num) { min-width: 14em; }
        td code, td .flag { overflow-wrap: anywhere; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #f8f9fb; }
        tr.flagged td:first-child { border-left: 3px solid var(--flag); }
        .flag { color: var(--flag); }
        tr.unused td { color: var(--muted); }
        td.empty { color: var(--muted); text-align: center; font-style: italic; }
        .bar { display: inline-block; height: 10px; border-radius: 2px; background: var(--marketing); vertical-align: middle; }
        .bar.sales { background: var(--sales); }
        footer { color: var(--muted); font-size: 12px; text-align: center; margin: 8px 0 24px; }

        """;
}
