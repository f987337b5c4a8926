using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Results;

/// <summary>Collects the paragraph numbers of every hit from doc values.</summary>
internal sealed class ParagraphNumberCollector : ICollector
{
    private NumericDocValues? _n;

    public HashSet<int> Numbers { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _n = context.AtomicReader.GetNumericDocValues(SearchFields.N);

    public void Collect(int doc)
    {
        if (_n is not null)
        {
            Numbers.Add((int)_n.Get(doc));
        }
    }
}
