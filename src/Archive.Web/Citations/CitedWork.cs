using Archive.Records;

namespace Archive.Web.Citations;

/// <summary>
/// What a citation names: a transcript, or one of its paragraphs (<see cref="Paragraph"/> and
/// <see cref="Quotation"/> set), with its author, its publisher, its address at the publisher and
/// the archive's permalink. <see cref="Of"/> decides who is named; the formats only arrange it.
/// </summary>
public sealed record CitedWork
{
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>The person speaking, or the office or body that published the words (<see cref="CitationAuthor"/>).</summary>
    public required AuthorName Author { get; init; }
    /// <summary>Who published the transcript ("President of Russia", "Miller Center, University of Virginia"), or null when unknown.</summary>
    public string? Publisher { get; init; }
    /// <summary>The transcript's address at its publisher, or null when the source gives none.</summary>
    public string? SourceUrl { get; init; }
    public int? Paragraph { get; init; }
    public string? Quotation { get; init; }
    /// <summary>The absolute permalink, <c>https://host/d/{short-id}[/{n}]</c>.</summary>
    public required string Permalink { get; init; }
    public required DateOnly Accessed { get; init; }

    /// <summary>The publisher when it is not the author too (a body that publishes its own words is named once).</summary>
    public string? PublisherUnlessAuthor => Publisher is { Length: > 0 } p && p != Author.Full ? p : null;

    /// <summary>The citation of <paramref name="transcript"/>, or of its <paramref name="paragraph"/>, from <paramref name="collection"/>.</summary>
    public static CitedWork Of(Transcript transcript, Paragraph? paragraph, CollectionInfo collection, string permalink, DateOnly accessed)
    {
        var publisher = CitationAuthor.Publisher(transcript, collection);
        return new CitedWork
        {
            Title = transcript.Title,
            Date = transcript.Date,
            Author = CitationAuthor.Of(transcript, paragraph, publisher),
            Publisher = publisher,
            SourceUrl = transcript.SourceUrl,
            Paragraph = paragraph?.N,
            Quotation = paragraph?.Text,
            Permalink = permalink,
            Accessed = accessed,
        };
    }
}
