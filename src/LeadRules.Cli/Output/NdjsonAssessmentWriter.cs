using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LeadRules.Leads;
using LeadRules.Serialization;

namespace LeadRules.Cli.Output;

/// <summary>
/// Formats one JSON object per input line, the shape <see cref="Assessment"/> serializes to (the README's "Assessments
/// as JSON"); a line that is not a valid lead gets the same shape with <c>error</c> set to <c>line N: ...</c>.
/// </summary>
internal sealed class NdjsonAssessmentWriter : IRowWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly RuleSetStamp _stamp;
    private readonly DateTimeOffset _asOf;

    public NdjsonAssessmentWriter(RuleSetStamp stamp, DateTimeOffset asOf)
    {
        _stamp = stamp;
        _asOf = asOf;
    }

    public string Row(Assessment assessment, LeadLine line) =>
        Write(writer => new AssessmentSystemTextJsonConverter().Write(writer, assessment, JsonSerializerOptions.Default));

    public string ErrorRow(LeadLine line) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", line.Id);
        writer.WriteString("asOf", AssessmentFields.Time(_asOf));
        writer.WriteStartObject("ruleSet");
        writer.WriteString("name", _stamp.Name);
        writer.WriteString("version", _stamp.Version);
        writer.WriteString("hash", _stamp.Hash);
        writer.WriteEndObject();
        foreach (var name in new[] { "temperature", "score", "owner", "temperatureRule" })
        {
            writer.WriteNull(name);
        }

        foreach (var name in new[] { "recommendations", "reasons", "warnings" })
        {
            writer.WriteStartArray(name);
            writer.WriteEndArray();
        }

        writer.WriteString("error", $"line {line.LineNumber}: {line.Error}");
        writer.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
