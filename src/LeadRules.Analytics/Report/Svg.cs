using System.IO;

namespace LeadRules.Analytics.Report;

/// <summary>Writes the few SVG elements the report's charts use; every coordinate invariant, every text escaped by the caller.</summary>
internal sealed class Svg
{
    private readonly TextWriter _writer;

    private Svg(TextWriter writer) => _writer = writer;

    /// <summary>Opens a chart: an inline <c>svg</c> that scales to the page, named by <c>data-chart</c>.</summary>
    public static Svg Open(TextWriter writer, string chart, double width, double height, string label)
    {
        writer.Write($"<svg class=\"chart\" data-chart=\"{chart}\" viewBox=\"0 0 {Html.Coordinate(width)} {Html.Coordinate(height)}\" ");
        writer.Write($"width=\"{Html.Coordinate(width)}\" height=\"{Html.Coordinate(height)}\" role=\"img\" aria-label=\"{label}\">\n");
        return new Svg(writer);
    }

    /// <summary>A bar (a mark, counted by <c>data-mark</c>) with a tooltip.</summary>
    public void Bar(string mark, string cssClass, double x, double y, double width, double height, string tooltip)
    {
        _writer.Write($"<rect data-mark=\"{mark}\" class=\"{cssClass}\" x=\"{Html.Coordinate(x)}\" y=\"{Html.Coordinate(y)}\" ");
        _writer.Write($"width=\"{Html.Coordinate(width < 0 ? 0 : width)}\" height=\"{Html.Coordinate(height < 0 ? 0 : height)}\" rx=\"2\">");
        _writer.Write($"<title>{tooltip}</title></rect>\n");
    }

    /// <summary>A decorative rectangle (a legend swatch), not a mark.</summary>
    public void Swatch(string cssClass, double x, double y, double size) =>
        _writer.Write($"<rect class=\"{cssClass}\" x=\"{Html.Coordinate(x)}\" y=\"{Html.Coordinate(y)}\" width=\"{Html.Coordinate(size)}\" height=\"{Html.Coordinate(size)}\" rx=\"2\"/>\n");

    /// <summary>A line: an axis, a grid line, a reference line or a whisker.</summary>
    public void Line(string cssClass, double x1, double y1, double x2, double y2) =>
        _writer.Write($"<line class=\"{cssClass}\" x1=\"{Html.Coordinate(x1)}\" y1=\"{Html.Coordinate(y1)}\" x2=\"{Html.Coordinate(x2)}\" y2=\"{Html.Coordinate(y2)}\"/>\n");

    /// <summary>A text; <paramref name="anchor"/> is <c>start</c>, <c>middle</c> or <c>end</c>.</summary>
    public void Label(string cssClass, double x, double y, string anchor, string escapedText, string? tooltip = null)
    {
        _writer.Write($"<text class=\"{cssClass}\" x=\"{Html.Coordinate(x)}\" y=\"{Html.Coordinate(y)}\" text-anchor=\"{anchor}\">");
        _writer.Write(tooltip is null ? escapedText : $"<title>{tooltip}</title>{escapedText}");
        _writer.Write("</text>\n");
    }

    /// <summary>Closes the chart.</summary>
    public void Close() => _writer.Write("</svg>\n");
}
