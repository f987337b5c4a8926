using System.Globalization;
using Archive.Records;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Search;

/// <summary>Writes the paragraph index: one Lucene document per text paragraph, carrying its transcript's fields.</summary>
public sealed class IndexBuilder : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;

    public IndexBuilder(string indexDir)
    {
        System.IO.Directory.CreateDirectory(indexDir);
        // NIOFSDirectory, not FSDirectory.Open's MMapDirectory: merges read every segment, and mapped
        // segments count in the importer's resident memory (about 0.85 GB more at 1M paragraphs).
        _directory = new NIOFSDirectory(indexDir);
        var config = new IndexWriterConfig(ExactAnalyzer.Version, ArchiveAnalyzers.PerField)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 256,
        };
        _writer = new IndexWriter(_directory, config);
    }

    public void Add(Transcript transcript)
    {
        var date = transcript.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dateNumber = transcript.Date.Year * 10000 + transcript.Date.Month * 100 + transcript.Date.Day;
        foreach (var paragraph in transcript.Paragraphs)
        {
            if (paragraph.Kind != ParagraphKind.Text)
            {
                continue;
            }
            var doc = new Document
            {
                new StringField(SearchFields.Id, transcript.Id, Field.Store.YES),
                new StoredField(SearchFields.Url, transcript.Url),
                new StoredField(SearchFields.Title, transcript.Title),
                new StringField(SearchFields.Date, date, Field.Store.YES),
                new Int32Field(SearchFields.DateNumber, dateNumber, Field.Store.NO),
                new NumericDocValuesField(SearchFields.DateNumber, dateNumber),
                new StoredField(SearchFields.N, paragraph.N),
                new StoredField(SearchFields.Text, paragraph.Text),
                new TextField(SearchFields.TextExact, paragraph.Text, Field.Store.NO),
                new TextField(SearchFields.TextStem, paragraph.Text, Field.Store.NO),
            };
            if (transcript.Venue is { } venue)
            {
                doc.Add(new StringField(SearchFields.Venue, venue, Field.Store.YES));
            }
            if (paragraph.Speaker is { } speaker)
            {
                doc.Add(new StringField(SearchFields.Speaker, speaker, Field.Store.YES));
            }
            _writer.AddDocument(doc);
        }
    }

    /// <summary>Merges to one segment and commits: the index is written once and only read after.</summary>
    public void Commit()
    {
        _writer.ForceMerge(1);
        _writer.Commit();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _directory.Dispose();
    }
}
