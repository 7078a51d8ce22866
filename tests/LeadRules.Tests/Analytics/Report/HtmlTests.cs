using FluentAssertions;
using LeadRules.Analytics.Report;
using Xunit;

namespace LeadRules.Tests.Analytics.Report;

public sealed class HtmlTests
{
    [Theory]
    [InlineData("<b class=\"x\">R&D's</b>", "&lt;b class=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/b&gt;")]
    [InlineData("tab\there\u0000", "tab&#xFFFD;here&#xFFFD;")]
    [InlineData("café ✓", "café ✓")]
    public void Escape_Text_EscapesMarkupAndControlCharacters(string text, string expected) => Html.Escape(text).Should().Be(expected);

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("abcdefghijkl", 10, "abcdefghij&#8230;")]
    [InlineData("WWWWWWWWWW", 10, "WWWWWW&#8230;")]
    [InlineData("<<<<<<<<<<<<", 10, "&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&#8230;")]
    [InlineData("a\U0001F600bcd", 3.5, "a&#8230;")]
    public void EscapeShort_LongText_CutWithEllipsisWithinWidth(string text, double width, string expected) =>
        Html.EscapeShort(text, width).Should().Be(expected);

    [Theory]
    [InlineData(double.NaN, "n/a", "n/a", "n/a", "n/a")]
    [InlineData(double.PositiveInfinity, "n/a", "n/a", "n/a", "n/a")]
    [InlineData(0.04512, "4.5%", "0.05&#215;", "0.05", "0.05")]
    [InlineData(1234.5678, "123456.8%", "1234.57&#215;", "1234.57", "1234.57")]
    public void Figures_AnyValue_InvariantOrNotAvailable(double value, string percent, string lift, string number, string fixedText)
    {
        Html.Percent(value).Should().Be(percent);
        Html.Lift(value).Should().Be(lift);
        Html.Number(value).Should().Be(number);
        Html.Fixed(value).Should().Be(fixedText);
    }
}
