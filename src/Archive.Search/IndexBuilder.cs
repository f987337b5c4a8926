using System.Globalization;
using Archive.Records;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
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
        var dateNumber = DateNumber(transcript.Date);
        foreach (var paragraph in transcript.Paragraphs)
        {
            if (paragraph.Kind != ParagraphKind.Text)
            {
                continue;
            }
            var doc = new Document
            {
                new StringField(SearchFields.Id, transcript.Id, Field.Store.YES),
                new SortedDocValuesField(SearchFields.Id, new BytesRef(transcript.Id)),
                new StoredField(SearchFields.Url, transcript.Url),
                new StoredField(SearchFields.Title, transcript.Title),
                new StringField(SearchFields.Date, date, Field.Store.YES),
                new Int32Field(SearchFields.DateNumber, dateNumber, Field.Store.NO),
                new NumericDocValuesField(SearchFields.DateNumber, dateNumber),
                new StoredField(SearchFields.N, paragraph.N),
                new NumericDocValuesField(SearchFields.N, paragraph.N),
                new StoredField(SearchFields.Text, paragraph.Text),
                new TextField(SearchFields.TextExact, paragraph.Text, Field.Store.NO),
                new TextField(SearchFields.TextStem, paragraph.Text, Field.Store.NO),
            };
            AddKeyword(doc, SearchFields.Venue, SearchFields.VenueText, transcript.Venue);
            AddKeyword(doc, SearchFields.Speaker, SearchFields.SpeakerText, paragraph.Speaker);
            if (paragraph.Label is { } label)
            {
                // The label as the source wrote it ("President of Russia Vladimir Putin") is searchable
                // with speaker: too, though filters and facets use the person's name.
                doc.Add(new TextField(SearchFields.SpeakerText, label, Field.Store.NO));
            }
            _writer.AddDocument(doc);
        }
    }

    /// <summary>The date as the Int32 <c>yyyyMMdd</c> of <see cref="SearchFields.DateNumber"/>.</summary>
    internal static int DateNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>A value matched whole by filters, counted by facets through doc values, and searchable word by word.</summary>
    private static void AddKeyword(Document doc, string field, string textField, string? value)
    {
        if (value is null)
        {
            return;
        }
        doc.Add(new StringField(field, value, Field.Store.YES));
        doc.Add(new SortedDocValuesField(field, new BytesRef(value)));
        doc.Add(new TextField(textField, value, Field.Store.NO));
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
