using System;
using Newtonsoft.Json;

namespace LeadRules.Serialization;

/// <summary>
/// Writes an <see cref="Assessment"/> with Newtonsoft.Json in the same shape as
/// <see cref="AssessmentSystemTextJsonConverter"/> (the libraries differ only in which characters they escape). Applied to <see cref="Assessment"/> by attribute, so
/// <c>JsonConvert.SerializeObject(assessment)</c> needs no setup. Reading one back is not supported.
/// </summary>
public sealed class AssessmentNewtonsoftConverter : JsonConverter<Assessment>
{
    /// <summary><see langword="false"/>: an assessment is written, never read back.</summary>
    public override bool CanRead => false;

    /// <summary>Not supported: an assessment is written, never read back.</summary>
    /// <param name="reader">Not used.</param>
    /// <param name="objectType">Not used.</param>
    /// <param name="existingValue">Not used.</param>
    /// <param name="hasExistingValue">Not used.</param>
    /// <param name="serializer">Not used.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override Assessment ReadJson(JsonReader reader, Type objectType, Assessment? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("An Assessment is written as JSON, not read back: read the JSON into a type of your own.");

    /// <summary>Writes <paramref name="value"/> as one JSON object (<c>null</c> for a null assessment).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="value">The assessment.</param>
    /// <param name="serializer">Not used: the shape is fixed.</param>
    public override void WriteJson(JsonWriter writer, Assessment? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        AssessmentFields.Write(value, new Fields(writer));
    }

    private sealed class Fields : AssessmentFields.IFieldWriter
    {
        private readonly JsonWriter _writer;

        public Fields(JsonWriter writer) => _writer = writer;

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

            _writer.WriteValue(value);
        }

        public void Number(string name, string? json)
        {
            _writer.WritePropertyName(name);
            if (json is null)
            {
                _writer.WriteNull();
            }
            else
            {
                _writer.WriteRawValue(json);
            }
        }
    }
}
