using Archive.Search.Indexing;
using Archive.Search.Querying;
using Archive.Search.Results;
using Lucene.Net.Search;

namespace Archive.Search.Tests.Results;

/// <summary>
/// The counts beside the results, checked against Lucene's own list of the matching paragraphs
/// on real speeches: how many paragraphs and transcripts, and how many paragraphs each year.
/// Counted first from doc values and then, once they are read, from the packed values in memory,
/// several times over, since the counts borrow arrays that earlier searches gave back.
/// </summary>
public sealed class FacetCountTests(MillerIndexFixture index) : IClassFixture<MillerIndexFixture>
{
    private static readonly string[] Queries =
        ["the", "government", "commerce", "Indians", "treaty", "the blessings of liberty", "\"the united states\"", "peace and friendship with all nations"];

    [Fact]
    public void TranscriptsAndYearsAreThoseOfTheMatchingParagraphs()
    {
        // A fresh searcher, so that its first searches count from doc values.
        using var searcher = new TranscriptSearcher(index.DataDir, SearchEngineUnderTest.Options);
        var expected = Queries.ToDictionary(q => q, q => Counted(searcher, q));
        Assert.All(expected.Values, e => Assert.True(e.Transcripts > 1, e.ToString()));

        for (var round = 0; round < 3; round++)
        {
            foreach (var q in Queries)
            {
                var results = searcher.Search(new SearchRequest(q));
                var years = string.Join(" ", results.Facets.Years.Select(y => $"{y.Value}={y.Count}"));
                Assert.Equal(expected[q], (results.Total, results.Transcripts, years));
            }
            searcher.WaitForFacetValues();
        }
    }

    /// <summary>
    /// Transcripts counted per part are merged into the search's count: by the list of those
    /// flagged while it is short, by the whole flag arrays past that. Both ways, three times over
    /// on arrays that come back from the pool, so flags left set would show.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public void TranscriptsCountTheSameWhetherListedOrMergedWhole(int listed)
    {
        var reader = index.Searcher.Reader;
        var values = PackedFacetValues.Read(reader)!;
        var lucene = new IndexSearcher(reader);
        foreach (var q in Queries)
        {
            var built = QueryBuilder.Build(UserQuery.Parse(q))!;
            var weight = lucene.CreateNormalizedWeight(built.Boosts is null ? built.Search : built.Matches!);
            var expected = Counted(index.Searcher, q).Transcripts;
            for (var round = 0; round < 3; round++)
            {
                using var facets = new FacetCollector(values) { FlaggedListed = listed };
                foreach (var leaf in reader.Leaves)
                {
                    using var part = facets.NewPart();
                    part.SetNextReader(leaf);
                    weight.GetBulkScorer(leaf, !part.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(part);
                    facets.Add(part);
                }
                Assert.Equal(expected, facets.Transcripts);
            }
        }
    }

    /// <summary>The paragraphs the search matches as Lucene finds them, and their transcripts and years, read from their stored fields.</summary>
    private static (int Total, int Transcripts, string Years) Counted(TranscriptSearcher searcher, string q)
    {
        var built = QueryBuilder.Build(UserQuery.Parse(q))!;
        var lucene = new IndexSearcher(searcher.Reader);
        var docs = lucene.Search(built.Boosts is null ? built.Search : built.Matches!, searcher.Reader.MaxDoc).ScoreDocs
            .Select(d => lucene.Doc(d.Doc)).ToList();
        var years = docs.GroupBy(d => d.Get(SearchFields.Date)[..4]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}");
        return (docs.Count, docs.Select(d => d.Get(SearchFields.Id)).Distinct().Count(), string.Join(" ", years));
    }
}
