using Archive.Search.Querying;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Search.Tests.Querying;

/// <summary>A loose word among others requires its stem and scores its exact form: the same hits and scores as exact-or-stem.</summary>
public sealed class QueryBuilderTests(SyntheticIndexFixture index) : IClassFixture<SyntheticIndexFixture>
{
    [Fact]
    public void AWordAloneIsExactOrStem()
    {
        var query = (BooleanQuery)QueryBuilder.Build(UserQuery.Parse("efforts"))!.Search;
        Assert.All(query.Clauses, c => Assert.Equal(Occur.SHOULD, c.Occur));
        Assert.Equal(["text_exact:efforts", "text_stem:effort"], query.Clauses.Select(c => c.Query.ToString()));
    }

    [Fact]
    public void AWordWithOthersRequiresItsStemAndScoresItsExactForm()
    {
        var words = ((BooleanQuery)QueryBuilder.Build(UserQuery.Parse("the gas pipelines"))!.Search).Clauses.Select(c => (BooleanQuery)c.Query).ToList();
        // A stop word has no stem: its exact form is all there is.
        Assert.Equal(["text_exact:the"], words[0].Clauses.Select(c => c.Query.ToString()));
        Assert.Equal([(Occur.MUST, "text_stem:pipelin"), (Occur.SHOULD, "text_exact:pipelines")], words[2].Clauses.Select(c => (c.Occur, c.Query.ToString())));
    }

    [Theory]
    [InlineData("afghanistan situation")]
    [InlineData("thank work year")]
    [InlineData("afghanistan -drugs")]
    [InlineData("afghanistan OR pipeline discussed")]
    public void SameHitsAndScoresAsExactOrStem(string q)
    {
        var searcher = new IndexSearcher(index.Searcher.Reader) { Similarity = new BM25Similarity() };
        var built = searcher.Search(QueryBuilder.Build(UserQuery.Parse(q))!.Search, 100).ScoreDocs;
        var eitherOr = searcher.Search(EitherOr(QueryBuilder.Build(UserQuery.Parse(q))!.Search), 100).ScoreDocs;
        Assert.NotEmpty(built);
        Assert.Equal(eitherOr.Select(d => d.Doc), built.Select(d => d.Doc));
        Assert.Equal(eitherOr.Select(d => d.Score), built.Select(d => d.Score), (a, b) => Math.Abs(a - b) < 1e-4f);
    }

    /// <summary>The query with every required-stem clause made exact-or-stem, as words were built before.</summary>
    private static Query EitherOr(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }
        if (boolean.Clauses is [{ Occur: Occur.MUST, Query: TermQuery { Term.Field: "text_stem" } stem }, { Occur: Occur.SHOULD, Query: TermQuery exact }])
        {
            return new BooleanQuery { { exact, Occur.SHOULD }, { stem, Occur.SHOULD } };
        }
        var copy = new BooleanQuery { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            copy.Add(EitherOr(clause.Query), clause.Occur);
        }
        return copy;
    }
}
