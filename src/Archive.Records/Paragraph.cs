using System.Text.Json.Serialization;

namespace Archive.Records;

/// <summary>
/// One paragraph of a transcript. <see cref="N"/> is its permanent number (its 1-based position when the
/// transcript was first imported) and <see cref="Anchor"/> its fragment id; see "Permalinks" in docs/record-format.md.
/// </summary>
public sealed record Paragraph
{
    public required int N { get; init; }
    public string Anchor => AnchorFor(N);
    public ParagraphKind Kind { get; init; } = ParagraphKind.Text;
    /// <summary>The person speaking, under one name for the whole archive; see "Speaker names" in docs/import-rules.md.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's label as the source wrote it ("President of Russia Vladimir Putin"). Null when it is <see cref="Speaker"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; init; }
    public required string Text { get; init; }

    /// <summary>Numbers of paragraphs that a correction merged into this one; their links land here. Null when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? Aliases { get; init; }

    public static string AnchorFor(int n) => "p" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
