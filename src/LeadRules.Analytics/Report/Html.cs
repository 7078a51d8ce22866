using System;
using System.Globalization;
using System.Text;
using LeadRules.Analytics.Backtest;

namespace LeadRules.Analytics.Report;

/// <summary>The report's text: HTML escaping and invariant-culture numbers, "n/a" where a figure is undefined.</summary>
internal static class Html
{
    public const string NotAvailable = "n/a";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The text with &amp;, &lt;, &gt;, quotes and control characters escaped, safe in element content and attribute values.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default:
                    if (char.IsControl(c))
                    {
                        escaped.Append("&#xFFFD;");
                    }
                    else
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>
    /// The text cut with an ellipsis to about <paramref name="width"/> average characters, then escaped: capitals and
    /// <c>m</c>, <c>w</c> count wider, <c>i</c>, <c>l</c>, <c>t</c> and punctuation narrower, so a chart label fits its column.
    /// </summary>
    public static string EscapeShort(string text, double width)
    {
        var used = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            used += Width(text[i]);
            if (used > width)
            {
                var cut = Math.Max(0, i - 1);
                cut -= cut > 0 && char.IsHighSurrogate(text[cut - 1]) ? 1 : 0;
                return Escape(text.Substring(0, cut)) + "&#8230;";
            }
        }

        return Escape(text);
    }

    /// <summary>A count with thousands separators: 12,345.</summary>
    public static string Count(long value) => value.ToString("#,0", Invariant);

    /// <summary>An axis tick of a proportion: 10%, 2.5%.</summary>
    public static string PercentTick(double value) => (value * 100).ToString("0.#", Invariant) + "%";

    /// <summary>A proportion as a percentage with one decimal: 12.3%.</summary>
    public static string Percent(double value) => Defined(value) ? (value * 100).ToString("0.0", Invariant) + "%" : NotAvailable;

    /// <summary>A 95% interval of proportions: 10.1&#8211;14.6%.</summary>
    public static string Interval(double lower, double upper) =>
        Defined(lower) && Defined(upper)
            ? (lower * 100).ToString("0.0", Invariant) + "&#8211;" + Percent(upper)
            : NotAvailable;

    /// <summary>A rate with its interval: 12.3% (10.1&#8211;14.6%).</summary>
    public static string RateWithInterval(Rate rate) =>
        Defined(rate.Value) ? Percent(rate.Value) + " (" + Interval(rate.Lower, rate.Upper) + ")" : NotAvailable;

    /// <summary>A lift: 2.31&#215;.</summary>
    public static string Lift(double value) => Defined(value) ? value.ToString("0.00", Invariant) + "&#215;" : NotAvailable;

    /// <summary>A score or other plain number with up to two decimals.</summary>
    public static string Number(double value) => Defined(value) ? (Math.Round(value, 2) + 0.0).ToString("0.##", Invariant) : NotAvailable;

    /// <summary>An AUC or another figure from 0 to 1 with two decimals: 0.78.</summary>
    public static string Fixed(double value) => Defined(value) ? value.ToString("0.00", Invariant) : NotAvailable;

    /// <summary>The 95% interval of an AUC: 0.75&#8211;0.81.</summary>
    public static string AucInterval(Auc auc) =>
        Defined(auc.Lower) && Defined(auc.Upper) ? Fixed(auc.Lower) + "&#8211;" + Fixed(auc.Upper) : NotAvailable;

    /// <summary>An SVG coordinate: invariant, at most two decimals.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", Invariant);

    /// <summary>Whether a figure is a real number (not NaN nor infinite).</summary>
    public static bool Defined(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static double Width(char c) =>
        char.IsUpper(c) || c == 'm' || c == 'w' ? 1.4
        : c == 'i' || c == 'l' || c == 'j' || c == 't' || c == 'f' || c == 'r' || c == ' ' || (char.IsPunctuation(c) && c != '_' && c != '-') ? 0.6
        : 1;
}
