using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadRules.Serialization;

/// <summary>
/// Writes an <see cref="Assessment"/> with System.Text.Json in the shape the README documents, failed ones included.
/// Applied to <see cref="Assessment"/> by attribute, so <c>JsonSerializer.Serialize(assessment)</c> needs no setup.
/// Assessments are results, not input: reading one back is not supported.
/// </summary>
public sealed class AssessmentSystemTextJsonConverter : JsonConverter<Assessment>
{
    /// <summary>Not supported: an assessment is written, never read back.</summary>
    /// <param name="reader">Not used.</param>
    /// <param name="typeToConvert">Not used.</param>
    /// <param name="options">Not used.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override Assessment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An Assessment is written as JSON, not read back: read the JSON into a type of your own.");

    /// <summary>Writes <paramref name="value"/> as one JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">The assessment.</param>
    /// <param name="options">Not used: the shape is fixed.</param>
    public override void Write(Utf8JsonWriter writer, Assessment value, JsonSerializerOptions options) =>
        AssessmentFields.Write(value, new Fields(writer));

    private sealed class Fields : AssessmentFields.IFieldWriter
    {
        private readonly Utf8JsonWriter _writer;

        public Fields(Utf8JsonWriter writer) => _writer = writer;

        public void StartObject() => _writer.WriteStartObject();

        public void EndObject() => _writer.WriteEndObject();

        public void StartArray() => _writer.WriteStartArray();

        public void EndArray() => _writer.WriteEndArray();

        public void Name(string name) => _writer.WritePropertyName(name);

        public void String(string? name, string? value)
        {
            if (name is not null)
            {
                _writer.WritePropertyName(name);
            }

            if (value is null)
            {
                _writer.WriteNullValue();
            }
            else
            {
                _writer.WriteStringValue(value);
            }
        }

        public void Number(string name, string? json)
        {
            _writer.WritePropertyName(name);
            if (json is null)
            {
                _writer.WriteNullValue();
            }
            else
            {
                _writer.WriteRawValue(json, skipInputValidation: true);
            }
        }
    }
}
