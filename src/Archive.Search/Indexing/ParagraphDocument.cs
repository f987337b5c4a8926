using System.Globalization;
using Archive.Records;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Search.Indexing;

/// <summary>
/// The index's documents for one transcript's text paragraphs, one at a time. One instance of every
/// field is given new values for each paragraph: Lucene then reuses each field's token stream
/// instead of building one (and its attributes, under a lock) per document. One writer thread only.
/// </summary>
internal sealed class ParagraphDocument
{
    private readonly StringField _id = new(SearchFields.Id, "", Field.Store.YES);
    private readonly SortedDocValuesField _idValue = new(SearchFields.Id, new BytesRef());
    private readonly StoredField _url = new(SearchFields.Url, "");
    private readonly StoredField _title = new(SearchFields.Title, "");
    // Per paragraph, not looked up through the transcript: the filter is then one term and the
    // facet one more ordinal in the packed values (PackedFacetValues), with no list of ids to join.
    private readonly StringField _collection = new(SearchFields.Collection, "", Field.Store.YES);
    private readonly SortedDocValuesField _collectionValue = new(SearchFields.Collection, new BytesRef());
    private readonly StringField _date = new(SearchFields.Date, "", Field.Store.YES);
    private readonly Int32Field _dateNumber = new(SearchFields.DateNumber, 0, Field.Store.NO);
    private readonly NumericDocValuesField _dateValue = new(SearchFields.DateNumber, 0);
    private readonly StoredField _n = new(SearchFields.N, 0);
    private readonly NumericDocValuesField _nValue = new(SearchFields.N, 0);
    private readonly StoredField _text = new(SearchFields.Text, "");
    private readonly TextField _textExact = new(SearchFields.TextExact, "", Field.Store.NO);
    private readonly TextField _textStem = new(SearchFields.TextStem, "", Field.Store.NO);
    private readonly Field _textPairs = new(SearchFields.TextPairs, "", PairsType);
    private readonly BreakSpan _breakSpan = new();
    private readonly Field _textSpan;
    private readonly KeywordFields _venue = new(SearchFields.Venue, SearchFields.VenueText);
    private readonly KeywordFields _speaker = new(SearchFields.Speaker, SearchFields.SpeakerText);
    private readonly TextField _label = new(SearchFields.SpeakerText, "", Field.Store.NO);
    private readonly List<IIndexableField> _doc = new(20);

    /// <summary>Positions (a phrase of pairs needs them), no norms: a phrase found through its pairs is scored with the exact field's.</summary>
    private static readonly FieldType PairsType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    public ParagraphDocument() => _textSpan = new Field(SearchFields.TextSpan, _breakSpan, TextField.TYPE_NOT_STORED);

    /// <summary>Adds one document per text paragraph of <paramref name="transcript"/> to <paramref name="writer"/>.</summary>
    public void AddTo(IndexWriter writer, Transcript transcript)
    {
        _id.SetStringValue(transcript.Id);
        _idValue.SetBytesValue(new BytesRef(transcript.Id));
        _url.SetStringValue(transcript.Url);
        _title.SetStringValue(transcript.Title);
        _collection.SetStringValue(transcript.Collection);
        _collectionValue.SetBytesValue(new BytesRef(transcript.Collection));
        _date.SetStringValue(transcript.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var dateNumber = IndexBuilder.DateNumber(transcript.Date);
        _dateNumber.SetInt32Value(dateNumber);
        _dateValue.SetInt64Value(dateNumber);
        var paragraphs = transcript.Paragraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            if (paragraph.Kind != ParagraphKind.Text)
            {
                continue;
            }
            _doc.Clear();
            _doc.AddRange([_id, _idValue, _url, _title, _collection, _collectionValue, _date, _dateNumber, _dateValue]);
            _n.SetInt32Value(paragraph.N);
            _nValue.SetInt64Value(paragraph.N);
            _text.SetStringValue(paragraph.Text);
            _textExact.SetStringValue(paragraph.Text);
            _textStem.SetStringValue(paragraph.Text);
            _textPairs.SetStringValue(paragraph.Text);
            _doc.AddRange([_n, _nValue, _text, _textExact, _textStem, _textPairs]);
            // Bridged only to the text paragraph that follows at once: never across a section
            // break or a cut (words the source left out), never into another transcript.
            if (i + 1 < paragraphs.Count && paragraphs[i + 1] is { Kind: ParagraphKind.Text } next)
            {
                _breakSpan.Set(paragraph.Text, next.Text);
                if (_breakSpan.HasWords)
                {
                    _textSpan.SetTokenStream(_breakSpan);
                    _doc.Add(_textSpan);
                }
            }
            _venue.AddTo(_doc, transcript.Venue);
            _speaker.AddTo(_doc, paragraph.Speaker);
            if (paragraph.Label is { } label)
            {
                // The label as the source wrote it ("President of Russia Vladimir Putin") is searchable
                // with speaker: too, though filters and facets use the person's name.
                _label.SetStringValue(label);
                _doc.Add(_label);
            }
            writer.AddDocument(_doc);
        }
    }

    /// <summary>A value matched whole by filters, counted by facets through doc values, and searchable word by word.</summary>
    private sealed class KeywordFields(string field, string textField)
    {
        private readonly StringField _whole = new(field, "", Field.Store.YES);
        private readonly SortedDocValuesField _value = new(field, new BytesRef());
        private readonly TextField _words = new(textField, "", Field.Store.NO);

        public void AddTo(List<IIndexableField> doc, string? value)
        {
            if (value is null)
            {
                return;
            }
            _whole.SetStringValue(value);
            _value.SetBytesValue(new BytesRef(value));
            _words.SetStringValue(value);
            doc.AddRange([_whole, _value, _words]);
        }
    }
}
