using System.Text.Json;
using Archive.Web.Data;

namespace Archive.Web.Export;

/// <summary>
/// Each transcript's <c>sourceUrl</c> for one export, read from its record once: the catalog does not
/// carry it, and deserializing thousands of whole records for one field would cost more than scanning
/// their top-level properties (the paragraphs are skipped unread).
/// </summary>
public sealed class SourceUrls(ArchiveData data)
{
    private readonly Dictionary<string, string?> _known = new(StringComparer.Ordinal);

    public string? Of(string transcriptId)
    {
        if (!_known.TryGetValue(transcriptId, out var url))
        {
            url = data.RecordJsonOf(transcriptId) is { } json ? Read(json) : null;
            _known[transcriptId] = url;
        }
        return url;
    }

    internal static string? Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSourceUrl = reader.ValueTextEquals("sourceUrl"u8);
            reader.Read();
            if (isSourceUrl)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            reader.Skip();
        }
        return null;
    }
}
