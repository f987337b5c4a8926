using System.Text.Json;
using Archive.Records;

namespace Archive.Web.Data;

/// <summary>
/// The collections of <c>collections.json</c> with their transcripts, newest first, built once
/// from the catalog. An import written before collections has no such file: its transcripts are
/// all <c>local</c>, shown without a licence. A transcript whose collection the file does not list
/// is still browsable under its id.
/// </summary>
public sealed class CollectionIndex
{
    private readonly Dictionary<string, Collection> _byId;

    public CollectionIndex(IReadOnlyList<CollectionInfo> listed, IReadOnlyList<TranscriptSummary> newestFirst)
    {
        var transcripts = new Dictionary<string, List<TranscriptSummary>>(StringComparer.Ordinal);
        foreach (var t in newestFirst)
        {
            if (!transcripts.TryGetValue(t.Collection, out var list))
            {
                transcripts[t.Collection] = list = [];
            }
            list.Add(t);
        }
        _byId = new Dictionary<string, Collection>(StringComparer.Ordinal);
        foreach (var info in listed)
        {
            _byId.TryAdd(info.Id, new Collection(info, transcripts.GetValueOrDefault(info.Id) ?? []));
        }
        foreach (var (id, list) in transcripts)
        {
            _byId.TryAdd(id, new Collection(Unlisted(id), list));
        }
        // Those with transcripts, largest first: the order of the facet beside search results.
        All = [.. _byId.Values.Where(c => c.Transcripts.Count > 0).OrderByDescending(c => c.Transcripts.Count).ThenBy(c => c.Info.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every collection that has transcripts, largest first.</summary>
    public IReadOnlyList<Collection> All { get; }

    /// <summary>Whether the archive holds more than one collection, so that naming one on every line says something.</summary>
    public bool AreSeveral => All.Count > 1;

    public Collection? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The collection's information, made up from its id if the file does not list it.</summary>
    public CollectionInfo InfoOf(string id) => Find(id)?.Info ?? Unlisted(id);

    /// <summary>Reads <c>collections.json</c> from the imported folder, or none when the import is older than it.</summary>
    public static IReadOnlyList<CollectionInfo> Read(string dataDir)
    {
        var path = Path.Combine(dataDir, DataLayout.Collections);
        if (!File.Exists(path))
        {
            return [];
        }
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<CollectionInfo>>(stream, RecordJson.Options) ?? throw new JsonException("collections.json is null.");
    }

    /// <summary>A collection the file does not describe: the local one (a content folder of one's own), or an id alone.</summary>
    private static CollectionInfo Unlisted(string id) => id == CollectionInfo.LocalId
        ? new CollectionInfo { Id = id, Name = "Local content", Publisher = "", Licence = "Not stated" }
        : new CollectionInfo { Id = id, Name = id, Publisher = "", Licence = "Not stated" };
}
