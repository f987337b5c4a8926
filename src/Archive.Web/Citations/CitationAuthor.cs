using Archive.Records;

namespace Archive.Web.Citations;

/// <summary>
/// Who a citation names as author and as publisher. The author is the person whose words are
/// quoted; words nobody is named for (narration, an unlabelled turn) are the publishing office's
/// ("President of Russia"), never a person's the source does not name: a Miller Center record's
/// <c>source</c> is the president, who did not say a moderator's words. The publisher is the
/// collection's ("Miller Center, University of Virginia"), never a president's name.
/// </summary>
public static class CitationAuthor
{
    /// <summary>The format whose reader makes the president the record's <c>source</c> (docs/import-rules.md).</summary>
    private const string PresidentAsSource = "miller-center";

    public static AuthorName Of(Transcript transcript, Paragraph? paragraph, string? publisher)
    {
        if (paragraph is not null)
        {
            return paragraph.Speaker is { } speaker ? AuthorName.Of(speaker) : Office(transcript, publisher);
        }
        // A whole transcript is one person's only when every paragraph of words is theirs.
        var speakers = transcript.Paragraphs.Where(p => p.Kind == ParagraphKind.Text).Select(p => p.Speaker).Distinct().Take(2).ToList();
        return speakers is [{ } only] ? AuthorName.Of(only) : Office(transcript, publisher);
    }

    /// <summary>
    /// The collection's publisher; for local content (a folder of one's own, many publishers) the
    /// transcript's own source line, unless that is a president's name (Miller Center files imported
    /// before collections): then none.
    /// </summary>
    public static string? Publisher(Transcript transcript, CollectionInfo collection)
    {
        if (collection.Id != CollectionInfo.LocalId && collection.Publisher.Length > 0)
        {
            return collection.Publisher;
        }
        return SourceIsAPerson(transcript) ? null : transcript.Source;
    }

    /// <summary>
    /// The body that published words no one is named for: the source when it is an office or a body,
    /// else the publisher. (A Miller Center file imported before collections has neither: its source
    /// is then named, as before, for want of anything better.)
    /// </summary>
    private static AuthorName Office(Transcript transcript, string? publisher) =>
        SourceIsAPerson(transcript) && publisher is not null
            ? AuthorName.Corporate(publisher)
            : AuthorName.Corporate(transcript.Source);

    private static bool SourceIsAPerson(Transcript transcript) => transcript.Provenance.Format == PresidentAsSource;
}
