using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Records;

/// <summary>The one JSON form of records, catalog and manifest, shared by the importer and the site.</summary>
public static class RecordJson
{
    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>The same form on one line (no indentation, and JSON escapes every newline in text), for <c>records.jsonl</c>.</summary>
    public static readonly JsonSerializerOptions LineOptions = CreateLine();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            // Records are read by people too: keep quotes, dashes and non-Latin letters as written.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter<ParagraphKind>(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<TranscriptKind>(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private static JsonSerializerOptions CreateLine()
    {
        var options = new JsonSerializerOptions(Options) { WriteIndented = false };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static Transcript ReadTranscript(string json) =>
        JsonSerializer.Deserialize<Transcript>(json, Options) ?? throw new JsonException("A record is null.");

    public static Transcript ReadTranscript(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<Transcript>(json, Options) ?? throw new JsonException("A record is null.");

    public static IReadOnlyList<TranscriptSummary> ReadCatalog(Stream json) =>
        JsonSerializer.Deserialize<List<TranscriptSummary>>(json, Options) ?? throw new JsonException("The catalog is null.");

    public static IReadOnlyList<CollectionInfo> ReadCollections(Stream json) =>
        JsonSerializer.Deserialize<List<CollectionInfo>>(json, Options) ?? throw new JsonException("The collections are null.");

    public static Manifest ReadManifest(Stream json) =>
        JsonSerializer.Deserialize<Manifest>(json, Options) ?? throw new JsonException("The manifest is null.");

    public static DownloadsManifest ReadDownloadsManifest(Stream json) =>
        JsonSerializer.Deserialize<DownloadsManifest>(json, Options) ?? throw new JsonException("The downloads manifest is null.");

    public static void Write<T>(Stream stream, T value) => JsonSerializer.Serialize(stream, value, Options);
}
