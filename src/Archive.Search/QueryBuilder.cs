using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search;

/// <summary>
/// Turns a <see cref="UserQuery"/> into a Lucene query: every loose word must match, in its exact
/// or its stemmed form; every quoted phrase must match word for word, in order, in the exact field.
/// </summary>
internal static class QueryBuilder
{
    public static Query? Build(UserQuery query, out int termCount)
    {
        var root = new BooleanQuery();
        termCount = 0;
        foreach (var word in query.Words)
        {
            foreach (var exact in Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, word))
            {
                var either = new BooleanQuery
                {
                    { new TermQuery(new Term(SearchFields.TextExact, exact)), Occur.SHOULD },
                };
                foreach (var stem in Analyze(ArchiveAnalyzers.Stemmed, SearchFields.TextStem, exact))
                {
                    either.Add(new TermQuery(new Term(SearchFields.TextStem, stem)), Occur.SHOULD);
                }
                root.Add(either, Occur.MUST);
                termCount++;
            }
        }
        foreach (var phrase in query.Phrases)
        {
            var terms = Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, phrase);
            if (terms.Count == 0)
            {
                continue;
            }
            Query clause = terms.Count == 1
                ? new TermQuery(new Term(SearchFields.TextExact, terms[0]))
                : PhraseOf(terms);
            root.Add(clause, Occur.MUST);
            termCount += terms.Count;
        }
        return root.Clauses.Count == 0 ? null : root;
    }

    private static PhraseQuery PhraseOf(IReadOnlyList<string> terms)
    {
        var phrase = new PhraseQuery();
        foreach (var term in terms)
        {
            phrase.Add(new Term(SearchFields.TextExact, term));
        }
        return phrase;
    }

    internal static List<string> Analyze(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }
        stream.End();
        return terms;
    }
}
