using Archive.Records;
using Archive.Web.Data;

namespace Archive.Web.Discovery;

/// <summary>
/// The collections that this archive's transcripts belong to, as the about page and a collection's feed
/// name them: what <c>collections.json</c> says of each (through <see cref="CollectionIndex"/>, the one
/// reader of that file). A collection that names no publisher of its own (the local one, or one the file
/// does not list) is credited to the source its transcripts name most often.
/// </summary>
public static class CollectionCredits
{
    public static IReadOnlyList<CollectionCredit> Of(ArchiveData data) =>
        [.. data.Collections.All.Select(c => new CollectionCredit(
            c.Info.Publisher.Length > 0 ? c.Info : c.Info with { Publisher = MostNamedSource(c.Transcripts) },
            c.Transcripts.Count))];

    public static CollectionCredit? Find(ArchiveData data, string id) =>
        Of(data).FirstOrDefault(c => string.Equals(c.Info.Id, id, StringComparison.Ordinal));

    private static string MostNamedSource(IEnumerable<TranscriptSummary> transcripts) =>
        transcripts.GroupBy(t => t.Source, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
}
