namespace Archive.Search;

/// <summary>
/// One paragraph that matched, or a passage across a paragraph break: a quotation that runs from the
/// end of paragraph <see cref="N"/> into the start of paragraph <see cref="Through"/>, the next one.
/// <see cref="SnippetHtml"/> and <see cref="ThroughSnippetHtml"/> are HTML: encoded text with matches in <c>&lt;mark&gt;</c>.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Url,
    string Title,
    string Date,
    int N,
    string? Speaker,
    string? Venue,
    string SnippetHtml,
    int? Through = null,
    string? ThroughSpeaker = null,
    string? ThroughSnippetHtml = null)
{
    public string Anchor => Archive.Records.Paragraph.AnchorFor(N);

    /// <summary>The next paragraph's anchor for a passage across a break; null for one paragraph.</summary>
    public string? ThroughAnchor => Through is { } through ? Archive.Records.Paragraph.AnchorFor(through) : null;
}
