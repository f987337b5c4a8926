namespace Archive.Search.Indexing;

/// <summary>Every field name of the paragraph index, in one place.</summary>
internal static class SearchFields
{
    /// <summary>The transcript's id: stored, and as sorted doc values for grouping and counting transcripts.</summary>
    public const string Id = "id";
    public const string Url = "url";
    public const string Title = "title";
    public const string Date = "date";
    /// <summary>The date as <c>yyyyMMdd</c> in an Int32 field, for range filters and sorting.</summary>
    public const string DateNumber = "date_num";
    /// <summary>Venue and speaker as written: stored, matched whole by filters, and as sorted doc values for facets.</summary>
    public const string Venue = "venue";
    public const string Speaker = "speaker";
    /// <summary>Venue and speaker as words (exact analyzer), for <c>venue:</c> and <c>speaker:</c> in a search.</summary>
    public const string VenueText = "venue_text";
    public const string SpeakerText = "speaker_text";
    /// <summary>
    /// The transcript's collection id (<c>kremlin</c>, <c>miller-center</c>): stored, matched whole by the filter,
    /// and as sorted doc values for its facet. An index written before collections has no such field: all of it is <c>local</c>.
    /// </summary>
    public const string Collection = "collection";
    public const string N = "n";
    /// <summary>The paragraph as written, stored for snippets.</summary>
    public const string Text = "text";
    /// <summary>Unstemmed, no stop words: phrases and quotations.</summary>
    public const string TextExact = "text_exact";
    /// <summary>English stemming and stop words: recall for plain words.</summary>
    public const string TextStem = "text_stem";
    /// <summary>
    /// The words on both sides of a break between two text paragraphs of one transcript, on the
    /// first of them (exact analysis, positions, not stored), and at the break the pairs of words
    /// that meet there (<see cref="BreakSpan.Joins"/>): quotations that cross the break
    /// (<see cref="BreakSpan"/>). Absent from an index written before it: nothing is then bridged.
    /// </summary>
    public const string TextSpan = "text_span";
    /// <summary>
    /// The pairs of neighbouring words that are both frequent words (<see cref="Analysis.PairsAnalyzer"/>),
    /// each one term at its first word's position, not stored, no norms: a phrase of frequent words is
    /// matched and counted through its pairs (<see cref="Scoring.PairsPhraseQuery"/>). Absent from an
    /// index written before it: phrases are then matched through their words only.
    /// </summary>
    public const string TextPairs = "text_pairs";
}
