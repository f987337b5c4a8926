using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Results;

/// <summary>
/// Collects the paragraph numbers of every passage hit from doc values: the hit's own and the next
/// document's, which is the next text paragraph of the same transcript (see <see cref="PassageDoc"/>).
/// </summary>
internal sealed class PassageNumberCollector : ICollector
{
    private NumericDocValues? _n;
    private int _maxDoc;

    public List<(int First, int Next)> Passages { get; } = [];

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _n = context.AtomicReader.GetNumericDocValues(SearchFields.N);
        _maxDoc = context.AtomicReader.MaxDoc;
    }

    public void Collect(int doc)
    {
        if (_n is not null && doc + 1 < _maxDoc)
        {
            Passages.Add(((int)_n.Get(doc), (int)_n.Get(doc + 1)));
        }
    }
}
