using System.Text.Json;
using Archive.Records;
using Archive.Web.Data;

namespace Archive.Web.Discovery;

/// <summary>
/// The collections that this archive's transcripts belong to, with what <c>collections.json</c> says of
/// each. An import made before that file existed, or a collection it does not list, still gets a line:
/// its id, and the source its transcripts name most often as publisher, with no licence claimed.
/// Read when asked (the about page and a collection's feed, both kept by the output cache): the file is
/// a few lines, and reading it here keeps nothing of one import alive into the next.
/// </summary>
public static class CollectionCredits
{
    public static IReadOnlyList<CollectionCredit> Of(ArchiveData data)
    {
        var described = Described(data.DataDir);
        return [.. data.Catalog
            .GroupBy(t => t.Collection, StringComparer.Ordinal)
            .Select(g => described.TryGetValue(g.Key, out var info)
                // The local collection names no publisher of its own: its transcripts' source is named instead.
                ? new CollectionCredit(info.Publisher.Length > 0 ? info : info with { Publisher = Undescribed(g.Key, g).Publisher }, g.Count()) { Described = true }
                : new CollectionCredit(Undescribed(g.Key, g), g.Count()) { Described = false })
            .OrderByDescending(c => c.Transcripts)
            .ThenBy(c => c.Info.Id, StringComparer.Ordinal)];
    }

    public static CollectionCredit? Find(ArchiveData data, string id) =>
        Of(data).FirstOrDefault(c => string.Equals(c.Info.Id, id, StringComparison.Ordinal));

    private static Dictionary<string, CollectionInfo> Described(string dataDir)
    {
        var path = Path.Combine(dataDir, DataLayout.Collections);
        if (!File.Exists(path))
        {
            return [];
        }
        using var stream = File.OpenRead(path);
        var list = JsonSerializer.Deserialize<List<CollectionInfo>>(stream, RecordJson.Options) ?? [];
        return list.DistinctBy(c => c.Id, StringComparer.Ordinal).ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    private static CollectionInfo Undescribed(string id, IEnumerable<TranscriptSummary> transcripts)
    {
        var publisher = transcripts.GroupBy(t => t.Source, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return new CollectionInfo
        {
            Id = id,
            Name = id == CollectionInfo.LocalId ? "This archive's own transcripts" : id,
            Publisher = publisher,
            Licence = "Not stated: see each transcript's source",
        };
    }
}
