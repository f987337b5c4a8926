using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Archive.Records;
using Archive.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Bench.Index;

/// <summary>IndexBuilder's documents (same fields, same analyzer chains) written with one variant's change.</summary>
public sealed class VariantIndexer(Variant variant)
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Archive.Search.SearchFields is internal; the same names, as IndexBuilder writes them.
    private const string FId = "id";
    private const string FUrl = "url";
    private const string FTitle = "title";
    private const string FDate = "date";
    private const string FDateNumber = "date_num";
    private const string FVenue = "venue";
    private const string FSpeaker = "speaker";
    private const string FN = "n";
    private const string FText = "text";
    private const string FTextExact = "text_exact";
    private const string FTextStem = "text_stem";

    // The same folds as Archive.Search.TextNormalization, applied either as a char filter or to the string first.
    private static readonly (string From, string To)[] Folds =
    [
        .. new[] { "\u2019", "\u2018", "\u02BC", "\u201B", "\u2032", "`" }.Select(a => (a, "'")),
        .. new[] { "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB" }.Select(q => (q, "\"")),
        .. new[] { "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\u00A0", "\u2007", "\u202F", "\u2009", "\u200A" }.Select(s => (s, " ")),
        ("\u00AD", ""),
    ];

    private static readonly NormalizeCharMap CharMap = BuildCharMap();

    private static readonly FieldType StemWithoutPositions = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };

    public void Write(IEnumerable<Transcript> transcripts, string indexDir)
    {
        if (variant.Product)
        {
            using var builder = new IndexBuilder(indexDir);
            foreach (var t in transcripts)
            {
                builder.Add(t);
            }
            builder.Commit();
            return;
        }
        using var directory = FSDirectory.Open(indexDir);
        var analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), new Dictionary<string, Analyzer>
        {
            [FTextExact] = new Chain(variant.CharFilter, stem: false),
            [FTextStem] = new Chain(variant.CharFilter, stem: true),
        });
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = variant.RamBufferMb,
        };
        using var writer = new IndexWriter(directory, config);
        var queue = Channel.CreateBounded<Transcript>(64);
        var workers = Enumerable.Range(0, variant.Threads).Select(_ => Task.Run(async () =>
        {
            await foreach (var t in queue.Reader.ReadAllAsync())
            {
                foreach (var doc in Documents(t))
                {
                    writer.AddDocument(doc);
                }
            }
        })).ToArray();
        foreach (var t in transcripts)
        {
            queue.Writer.WriteAsync(t).AsTask().GetAwaiter().GetResult();
        }
        queue.Writer.Complete();
        Task.WaitAll(workers);
        if (variant.ForceMerge)
        {
            writer.ForceMerge(1);
        }
        writer.Commit();
    }

    private IEnumerable<Document> Documents(Transcript transcript)
    {
        var date = transcript.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dateNumber = transcript.Date.Year * 10000 + transcript.Date.Month * 100 + transcript.Date.Day;
        foreach (var paragraph in transcript.Paragraphs.Where(p => p.Kind == ParagraphKind.Text))
        {
            var indexed = variant.CharFilter ? paragraph.Text : Fold(paragraph.Text);
            var doc = new Document
            {
                new StringField(FId, transcript.Id, Field.Store.YES),
                new StoredField(FUrl, transcript.Url),
                new StoredField(FTitle, transcript.Title),
                new StringField(FDate, date, Field.Store.YES),
                new Int32Field(FDateNumber, dateNumber, Field.Store.NO),
                new NumericDocValuesField(FDateNumber, dateNumber),
                new StoredField(FN, paragraph.N),
                new StoredField(FText, paragraph.Text),
                new TextField(FTextExact, indexed, Field.Store.NO),
                variant.StemPositions
                    ? new TextField(FTextStem, indexed, Field.Store.NO)
                    : new Field(FTextStem, indexed, StemWithoutPositions),
            };
            if (transcript.Venue is { } venue)
            {
                doc.Add(new StringField(FVenue, venue, Field.Store.YES));
            }
            if (paragraph.Speaker is { } speaker)
            {
                doc.Add(new StringField(FSpeaker, speaker, Field.Store.YES));
            }
            yield return doc;
        }
    }

    private static string Fold(string text)
    {
        var sb = new StringBuilder(text);
        foreach (var (from, to) in Folds)
        {
            sb.Replace(from, to);
        }
        return sb.ToString();
    }

    private static NormalizeCharMap BuildCharMap()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var (from, to) in Folds)
        {
            builder.Add(from, to);
        }
        return builder.Build();
    }

    /// <summary>ExactAnalyzer (stem: false) or StemmedAnalyzer (stem: true), with or without the char filter.</summary>
    private sealed class Chain(bool charFilter, bool stem) : Analyzer
    {
        protected override TextReader InitReader(string fieldName, TextReader reader) =>
            charFilter ? new MappingCharFilter(CharMap, reader) : reader;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 255 };
            if (!stem)
            {
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
            }
            TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
