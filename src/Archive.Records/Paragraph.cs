namespace Archive.Records;

/// <summary>One paragraph of a transcript; <see cref="N"/> is 1-based and <see cref="Anchor"/> is its fragment id.</summary>
public sealed record Paragraph
{
    public required int N { get; init; }
    public string Anchor => AnchorFor(N);
    public ParagraphKind Kind { get; init; } = ParagraphKind.Text;
    public string? Speaker { get; init; }
    public required string Text { get; init; }

    public static string AnchorFor(int n) => "p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
