using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LeadRules.Analytics.Calibration;

/// <summary>JSON literals for the rule files calibration writes.</summary>
internal static class JsonText
{
    /// <summary>A JSON string; only what JSON requires is escaped, so expressions stay readable.</summary>
    public static string String(string text) => "\"" + JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    /// <summary>A number, invariant, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number for a comment: two decimals at most (a tiny negative number shows as -0.00, not 0).</summary>
    public static string Short(double value) => double.IsNaN(value) ? "n/a"
        : value < 0 && value > -0.005 ? "-0.00"
        : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage with one decimal.</summary>
    public static string Percent(double share) => double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
