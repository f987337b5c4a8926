using System.Text.Json;
using Archive.Records;

namespace Archive.Web.Api;

/// <summary>
/// The JSON twin of a transcript page: the record as the importer wrote it (with its
/// <c>collection</c> id and <c>sourceUrl</c>), and the collection's publisher and licence under
/// <c>collectionInfo</c>, so that whoever reuses the text has the attribution it asks for.
/// </summary>
public static class TranscriptJson
{
    /// <summary>
    /// Adds <c>collectionInfo</c> as the record's last property. The record is one compact JSON
    /// object, so the property goes before its closing brace: no need to read and write the whole
    /// record again (the longest are hundreds of kilobytes).
    /// </summary>
    public static byte[] WithCollection(byte[] record, CollectionInfo collection)
    {
        var end = Array.LastIndexOf(record, (byte)'}');
        if (end < 0)
        {
            throw new InvalidDataException("A record in records.jsonl is not a JSON object.");
        }
        var info = JsonSerializer.SerializeToUtf8Bytes(collection, RecordJson.LineOptions);
        ReadOnlySpan<byte> name = ",\"collectionInfo\":"u8;
        var result = new byte[end + name.Length + info.Length + 1];
        record.AsSpan(0, end).CopyTo(result);
        name.CopyTo(result.AsSpan(end));
        info.CopyTo(result.AsSpan(end + name.Length));
        result[^1] = (byte)'}';
        return result;
    }
}
