using Archive.Search.Indexing;
using Archive.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Tests.Results;

/// <summary>Facets counted from the packed values in memory are those counted from doc values.</summary>
public sealed class PackedFacetValuesTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Theory]
    [InlineData(null)]
    [InlineData("afghanistan")]
    [InlineData("thank")]
    public void SameCountsAsFromDocValues(string? word)
    {
        var reader = index.Searcher.Reader;
        Query query = word is null ? new MatchAllDocsQuery() : new TermQuery(new Term(SearchFields.TextExact, word));
        var fromDocValues = Count(reader, query, null);
        var packed = PackedFacetValues.Read(reader)!;
        Assert.Equal(4, packed.Transcripts);
        Assert.All(reader.Leaves, leaf => Assert.NotNull(packed.For(leaf)));
        var fromMemory = Count(reader, query, packed);

        Assert.True(fromDocValues.Transcripts > 0);
        Assert.Equal(fromDocValues.Transcripts, fromMemory.Transcripts);
        Assert.Equal(Flat(fromDocValues.Facets), Flat(fromMemory.Facets));
        Assert.NotEmpty(fromMemory.Facets.Years);
        Assert.NotEmpty(fromMemory.Facets.Venues);
        Assert.NotEmpty(fromMemory.Facets.Collections);
    }

    private static (int Transcripts, SearchFacets Facets) Count(IndexReader reader, Query query, PackedFacetValues? values)
    {
        var facets = new FacetCollector(values);
        new IndexSearcher(reader).Search(query, facets);
        return (facets.Transcripts, facets.ToFacets(100));
    }

    private static string[] Flat(SearchFacets facets) =>
        [.. facets.Years.Select(f => "y " + f.Value + " " + f.Count), .. facets.Venues.Select(f => "v " + f.Value + " " + f.Count), .. facets.Speakers.Select(f => "s " + f.Value + " " + f.Count),
            .. facets.Collections.Select(f => "c " + f.Value + " " + f.Count)];
}
