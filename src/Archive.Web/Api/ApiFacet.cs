using System.Text.Json.Serialization;
using Archive.Records;

namespace Archive.Web.Api;

/// <summary>A venue or speaker; <see cref="Transcripts"/> (newest first) only on its own endpoint.</summary>
public sealed record ApiFacet(
    string Slug,
    string Name,
    int Count,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TranscriptSummary>? Transcripts = null);
