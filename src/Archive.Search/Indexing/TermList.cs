using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Indexing;

/// <summary>A token stream of given terms, each taken whole (<see cref="SearchFields.TextJoin"/>). Reused: <see cref="Set"/> gives it the next document's terms.</summary>
internal sealed class TermList : TokenStream
{
    private readonly ICharTermAttribute _term;
    private IReadOnlyList<string> _terms = [];
    private int _at;

    public TermList() => _term = AddAttribute<ICharTermAttribute>();

    public void Set(IReadOnlyList<string> terms)
    {
        _terms = terms;
        _at = 0;
    }

    public override bool IncrementToken()
    {
        if (_at == _terms.Count)
        {
            return false;
        }
        ClearAttributes();
        _term.SetEmpty().Append(_terms[_at++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _at = 0;
    }
}
