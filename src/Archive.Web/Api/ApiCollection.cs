using System.Text.Json.Serialization;
using Archive.Records;

namespace Archive.Web.Api;

/// <summary>A collection as <c>collections.json</c> has it, with its count; <see cref="Transcripts"/> (newest first) only on its own endpoint.</summary>
public sealed record ApiCollection(
    string Id,
    string Name,
    string Publisher,
    string? Homepage,
    string Licence,
    string? LicenceUrl,
    string? Attribution,
    int Count,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TranscriptSummary>? Transcripts = null)
{
    public static ApiCollection Of(Data.Collection c, bool withTranscripts = false) => new(
        c.Info.Id, c.Info.Name, c.Info.Publisher, c.Info.Homepage, c.Info.Licence, c.Info.LicenceUrl, c.Info.Attribution,
        c.Transcripts.Count, withTranscripts ? c.Transcripts : null);
}
