namespace Archive.Search;

/// <summary>One paragraph that matched. <see cref="SnippetHtml"/> is HTML: encoded text with matches in <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(
    string Id,
    string Url,
    string Title,
    string Date,
    int N,
    string? Speaker,
    string? Venue,
    string SnippetHtml)
{
    public string Anchor => Archive.Records.Paragraph.AnchorFor(N);
}
