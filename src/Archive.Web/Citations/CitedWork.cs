namespace Archive.Web.Citations;

/// <summary>
/// What a citation names: a transcript, or one of its paragraphs (<see cref="Paragraph"/> and
/// <see cref="Quotation"/> set). <see cref="Speaker"/> is the paragraph's speaker when a label names one.
/// </summary>
public sealed record CitedWork
{
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    /// <summary>Who published the transcript, such as <c>President of Russia</c>.</summary>
    public required string Source { get; init; }
    public string? Speaker { get; init; }
    public int? Paragraph { get; init; }
    public string? Quotation { get; init; }
    /// <summary>The absolute permalink, <c>https://host/d/{short-id}[/{n}]</c>.</summary>
    public required string Permalink { get; init; }
    public required DateOnly Accessed { get; init; }

    /// <summary>The speaker if named, otherwise the publisher as a corporate author.</summary>
    public AuthorName Author => Speaker is null ? AuthorName.Corporate(Source) : AuthorName.Of(Speaker);
}
