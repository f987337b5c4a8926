using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Records;

/// <summary>
/// Reads a string that many entries share (a source, a venue, a speaker) as one interned instance:
/// the catalog repeats "President of Russia" tens of thousands of times, and the site holds it whole.
/// </summary>
public sealed class InternedStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        string.Intern(reader.GetString() ?? throw new JsonException("A string is null."));

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A list of shared strings (speakers), each read as one interned instance.</summary>
public sealed class InternedStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A list of strings was expected.");
        }
        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(string.Intern(reader.GetString() ?? throw new JsonException("A string in a list is null.")));
        }
        return list.Count == 0 ? [] : list.ToArray();
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }
        writer.WriteEndArray();
    }
}
