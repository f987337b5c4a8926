namespace Archive.Records;

/// <summary>What kind of item a record is, so that a page can say what the reader is looking at.</summary>
public enum TranscriptKind
{
    /// <summary>A transcript or article with a body of its own.</summary>
    Transcript,
    /// <summary>
    /// A title-only news item: the publisher's headline is the whole item (en.kremlin.ru publishes many).
    /// The record's one paragraph is the headline, so that it is searched and can be cited.
    /// </summary>
    HeadlineOnly,
}
