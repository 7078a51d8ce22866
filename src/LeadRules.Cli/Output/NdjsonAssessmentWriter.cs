using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LeadRules.Leads;
using LeadRules.Serialization;

namespace LeadRules.Cli.Output;

/// <summary>
/// Formats one JSON object per input line, as UTF-8, the shape <see cref="Assessment"/> serializes to (the README's
/// "Assessments as JSON"); a line that is not a valid lead gets the same shape with <c>error</c> set to <c>line N: ...</c>.
/// </summary>
internal sealed class NdjsonAssessmentWriter : IRowWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly AssessmentSystemTextJsonConverter Converter = new();
    private static readonly string[] Nulls = { "temperature", "score", "owner", "temperatureRule" };
    private static readonly string[] Lists = { "recommendations", "reasons", "warnings" };

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly RuleSetStamp _stamp;
    private readonly DateTimeOffset _asOf;

    public NdjsonAssessmentWriter(RuleSetStamp stamp, DateTimeOffset asOf)
    {
        _stamp = stamp;
        _asOf = asOf;
    }

    public ReadOnlySpan<byte> Header => default;

    public void Row(Assessment assessment, LeadLine line, ByteBuffer output)
    {
        var start = output.Length;
        var writer = Writer(output);
        Converter.Write(writer, assessment, JsonSerializerOptions.Default);
        End(writer, output, start);
    }

    public void ErrorRow(LeadLine line, ByteBuffer output)
    {
        var start = output.Length;
        var writer = Writer(output);
        writer.WriteStartObject();
        writer.WriteString("id", line.Id);
        writer.WriteString("asOf", AssessmentFields.Time(_asOf));
        writer.WriteStartObject("ruleSet");
        writer.WriteString("name", _stamp.Name);
        writer.WriteString("version", _stamp.Version);
        writer.WriteString("hash", _stamp.Hash);
        writer.WriteEndObject();
        foreach (var name in Nulls)
        {
            writer.WriteNull(name);
        }

        foreach (var name in Lists)
        {
            writer.WriteStartArray(name);
            writer.WriteEndArray();
        }

        writer.WriteString("error", $"line {line.LineNumber}: {line.Error}");
        writer.WriteEndObject();
        End(writer, output, start);
    }

    private static Utf8JsonWriter Writer(ByteBuffer output)
    {
        var writer = t_writer ??= new Utf8JsonWriter(output, Options);
        writer.Reset(output);
        return writer;
    }

    /// <summary>Ends the row with a line end; should the JSON hold bytes that are not UTF-8, they are written as U+FFFD, as a UTF-8 text writer would.</summary>
    private static void End(Utf8JsonWriter writer, ByteBuffer output, int start)
    {
        writer.Flush();
        if (!Utf8.IsValid(output.Written.Slice(start)))
        {
            var text = Encoding.UTF8.GetString(output.Written.Slice(start));
            output.Truncate(start);
            output.Write(text.AsSpan());
        }

        output.Write((byte)'\n');
    }
}
