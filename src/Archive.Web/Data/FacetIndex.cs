using Archive.Records;

namespace Archive.Web.Data;

/// <summary>
/// Venues or speakers, built once from the catalog. Names that make the same slug are one facet
/// (<c>Moscow Region</c> and <c>Moscow region</c>), shown under their most frequent spelling.
/// </summary>
public sealed class FacetIndex
{
    private readonly Dictionary<string, Facet> _bySlug;

    public FacetIndex(IReadOnlyList<TranscriptSummary> newestFirst, Func<TranscriptSummary, IEnumerable<string>> names)
    {
        var groups = new Dictionary<string, (List<TranscriptSummary> Transcripts, Dictionary<string, int> Spellings)>(StringComparer.Ordinal);
        foreach (var t in newestFirst)
        {
            foreach (var name in names(t).Distinct(StringComparer.Ordinal))
            {
                var slug = TranscriptIds.Slug(name);
                if (!groups.TryGetValue(slug, out var group))
                {
                    group = ([], new Dictionary<string, int>(StringComparer.Ordinal));
                    groups[slug] = group;
                }
                if (group.Transcripts.Count == 0 || !ReferenceEquals(group.Transcripts[^1], t))
                {
                    group.Transcripts.Add(t);
                }
                group.Spellings[name] = group.Spellings.GetValueOrDefault(name) + 1;
            }
        }
        _bySlug = groups.ToDictionary(
            g => g.Key,
            g => new Facet(g.Key, g.Value.Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, g.Value.Transcripts),
            StringComparer.Ordinal);
        All = [.. _bySlug.Values.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Slug, StringComparer.Ordinal)];
    }

    /// <summary>Every facet, by name.</summary>
    public IReadOnlyList<Facet> All { get; }

    public Facet? Find(string slug) => _bySlug.GetValueOrDefault(slug);
}
