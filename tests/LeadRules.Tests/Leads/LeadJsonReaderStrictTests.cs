using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using LeadRules.Leads;
using Xunit;

namespace LeadRules.Tests.Leads;

public class LeadJsonReaderStrictTests
{
    private const string Lone = " is a lone surrogate, not a character; give both halves of the pair or remove it.";

    public static TheoryData<string, string?, string> NotStrictLines() => new()
    {
        // numbers
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"count\":012}]}", "L1", "not valid JSON at character 56: 012 has a leading zero (octal is not JSON); write 12, or \"012\" as a string." },
        { "{\"id\":\"L1\",\"attributes\":{\"size\":-00}}", "L1", "not valid JSON at character 33: -00 has a leading zero (octal is not JSON); write -0, or \"-00\" as a string." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"count\":0x1F}]}", "L1", "not valid JSON at character 56: 0x1F is a hexadecimal number; JSON numbers are decimal: write 31." },
        { "{\"id\":\"L1\",\"attributes\":{\"score\":NaN}}", "L1", "not valid JSON at character 34: NaN is not a JSON number; give a finite number, or null for none." },
        { "{\"id\":\"L1\",\"attributes\":{\"score\":Infinity}}", "L1", "not valid JSON at character 34: Infinity is not a JSON number; give a finite number, or null for none." },
        { "{\"id\":\"L1\",\"attributes\":{\"score\":-Infinity}}", "L1", "not valid JSON at character 34: -Infinity is not a JSON number; give a finite number, or null for none." },

        // quotes
        { "{id:\"L1\"}", null, "not valid JSON at character 2: the key id is not in double quotes; write \"id\"." },
        { "{\"id\":\"L1\",contactPoints :[]}", "L1", "not valid JSON at character 12: the key contactPoints is not in double quotes; write \"contactPoints\"." },
        { "{'id':'L1'}", null, "not valid JSON at character 2: a string in single quotes; JSON strings and keys are in double quotes." },
        { "{\"id\":\"L1\",\"attributes\":{\"region\":'emea'}}", "L1", "not valid JSON at character 35: a string in single quotes; JSON strings and keys are in double quotes." },

        // duplicate keys
        { "{\"id\":\"L1\",\"id\":\"L2\"}", null, "id: given twice (again at character 12); give each key once." },
        { "{\"id\":\"L1\",\"contactPoints\":[],\"contactPoints\":[]}", "L1", "contactPoints: given twice (again at character 31); give each key once." },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\"},{\"type\":\"referral\",\"type\":\"pricing_view\"}]}", "L1", "contactPoints[1].type: given twice (again at character 68); give each key once." },
        { "{\"id\":\"L1\",\"attributes\":{\"employees\":250,\"employees\":300}}", "L1", "attributes.employees: given twice (again at character 42); give each key once." },
        { "{\"id\":\"L1\",\"attributes\":{\"vip\":null,\"vip\":true}}", "L1", "attributes.vip: given twice (again at character 37); give each key once." },
        { "{\"id\":\"L1\",\"consent\":{\"email\":true,\"email\":false}}", "L1", "consent.email: given twice (again at character 36); give each key once." },
        { "{\"id\":\"L1\",\"history\":[{\"strategy\":\"proposal\",\"at\":\"2026-10-01\",\"at\":\"2026-10-02\"}]}", "L1", "history[0].at: given twice (again at character 64); give each key once." },

        // lone surrogates, also in a value that is skipped
        { "{\"id\":\"L1\",\"contactPoints\":[{\"type\":\"referral\",\"channel\":\"web\\ud800\"}]}", "L1", "not valid JSON at character 62: \\ud800" + Lone },
        { "{\"id\":\"L1\",\"attributes\":{\"x\":\"\\udc00\\ud800\"}}", "L1", "not valid JSON at character 31: \\udc00" + Lone },
        { "{\"id\":\"L1\",\"name\":[\"\\ud83d\"]}", "L1", "not valid JSON at character 21: \\ud83d" + Lone },

        // names in the wrong case
        { "{\"Id\":\"L1\"}", null, "unknown field 'Id'; field names are case-sensitive: did you mean 'id'?" },
        { "{\"id\":\"L1\",\"contactpoints\":[]}", "L1", "unknown field 'contactpoints'; field names are case-sensitive: did you mean 'contactPoints'?" },
        { "{\"id\":\"L1\",\"contactPoints\":[{\"Type\":\"referral\"}]}", "L1", "contactPoints[0]: unknown field 'Type'; field names are case-sensitive: did you mean 'type'?" },
        { "{\"id\":\"L1\",\"consent\":{\"EMAIL\":true}}", "L1", "consent: unknown field 'EMAIL'; field names are case-sensitive: did you mean 'email'?" },
        { "{\"id\":\"L1\",\"history\":[{\"Strategy\":\"proposal\",\"at\":\"2026-10-01\"}]}", "L1", "history[0]: unknown field 'Strategy'; field names are case-sensitive: did you mean 'strategy'?" },
    };

    [Theory]
    [MemberData(nameof(NotStrictLines))]
    public void Parse_NotStrictJson_ReturnsExactErrorWithPosition(string json, string? id, string error)
    {
        LeadLine? line = null;
        var parse = () => line = LeadJsonReader.Parse(json, 4);

        parse.Should().NotThrow();
        line!.Error.Should().Be(error);
        line.Id.Should().Be(id);
        line.Lead.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(NotStrictLines))]
    public void ParseUtf8_NotStrictJson_ReturnsTheSameError(string json, string? id, string error)
    {
        var line = LeadJsonReader.Parse(Encoding.UTF8.GetBytes(json), 4);

        line.Error.Should().Be(error);
        line.Id.Should().Be(id);
    }

    [Fact]
    public void Parse_LoneSurrogateInTheText_ReturnsErrorWithPosition()
    {
        var line = LeadJsonReader.Parse("{\"id\":\"L\u00e91\ud800\"}", 1);

        line.Error.Should().Be("not valid JSON at character 11: U+D800" + Lone);
        line.Lead.Should().BeNull();
    }

    [Fact]
    public void ParseUtf8_InvalidBytes_ReturnsErrorWithPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"L\u00e9\"x\"}");
        bytes[10] = 0xFF;

        var line = LeadJsonReader.Parse(bytes, 1);

        line.Error.Should().Be("not valid UTF-8 at character 10: the byte 0xFF does not start a character; save the leads as UTF-8.");
    }

    [Fact]
    public void Parse_ByteOrderMarkAtTheStart_IsSkipped()
    {
        LeadJsonReader.Parse("\ufeff{\"id\":\"L1\"}", 1).Lead!.Id.Should().Be("L1");
        LeadJsonReader.Parse(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"id\":\"L2\"}")).ToArray(), 1).Lead!.Id.Should().Be("L2");
    }

    [Fact]
    public void ReadLines_ByteOrderMarkAtTheStartOfTheStream_IsSkipped()
    {
        using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"id\":\"A\"}\n{\"id\":\"B\"}\n")).ToArray()), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);

        var lines = LeadJsonReader.ReadLines(reader).ToList();

        lines.Select(l => (l.Id, l.Error)).Should().Equal(("A", null), ("B", null));
    }

    [Fact]
    public void ReadLines_ByteOrderMarkReadAloneFirst_IsSkippedAndTheRestRead()
    {
        using var reader = new ChunkedReader("\ufeff", "{\"id\":\"A\"}\n");

        var lines = LeadJsonReader.ReadLines(reader).ToList();

        lines.Select(l => (l.Id, l.Error)).Should().Equal(("A", null));
    }

    [Fact]
    public void Parse_CommentsAndEscapedPairs_AreAccepted()
    {
        var line = LeadJsonReader.Parse("/* lead */ {\"id\":\"L1\", // the id\n \"attributes\":{\"nick\":\"\\ud83d\\ude00\"}}", 1);

        line.Error.Should().BeNull();
        line.Lead!.Attributes["nick"].Should().Be("\U0001F600");
    }

    [Fact]
    public void Parse_BooleanAndNullAttributes_AreTextAndMissing()
    {
        var line = LeadJsonReader.Parse("{\"id\":\"L1\",\"attributes\":{\"vip\":true,\"churned\":false,\"region\":null,\"employees\":250}}", 1);

        line.Error.Should().BeNull();
        line.Lead!.Attributes.Should().BeEquivalentTo(new System.Collections.Generic.Dictionary<string, object> { ["vip"] = "true", ["churned"] = "false", ["employees"] = 250.0 });
    }

    /// <summary>Hands over its text in the given pieces, one per read, as a pipe may.</summary>
    private sealed class ChunkedReader : TextReader
    {
        private readonly System.Collections.Generic.Queue<string> _pieces;

        public ChunkedReader(params string[] pieces) => _pieces = new(pieces);

        public override int Read(char[] buffer, int index, int count)
        {
            if (_pieces.Count == 0)
            {
                return 0;
            }

            var piece = _pieces.Dequeue();
            piece.CopyTo(0, buffer, index, piece.Length);
            return piece.Length;
        }
    }
}
