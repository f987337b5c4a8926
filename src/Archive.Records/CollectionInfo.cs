namespace Archive.Records;

/// <summary>
/// One line of <c>collections.json</c>: a body of transcripts from one publisher under one licence
/// (en.kremlin.ru, the Miller Center). Citations name its publisher; pages show its licence and attribution.
/// </summary>
public sealed record CollectionInfo
{
    /// <summary>The collection of transcripts whose source names none: a content folder of one's own.</summary>
    public const string LocalId = "local";

    /// <summary>Lower-case slug, used in URLs and filters (<c>kremlin</c>, <c>miller-center</c>).</summary>
    public required string Id { get; init; }
    /// <summary>Its name for people ("en.kremlin.ru", "Miller Center Presidential Speeches").</summary>
    public required string Name { get; init; }
    /// <summary>Who published the transcripts, as a citation names the publisher ("President of Russia").</summary>
    public required string Publisher { get; init; }
    /// <summary>The publisher's site, or null.</summary>
    public string? Homepage { get; init; }
    /// <summary>The licence in words ("CC BY 4.0", "Public domain").</summary>
    public required string Licence { get; init; }
    /// <summary>The licence's text, or null.</summary>
    public string? LicenceUrl { get; init; }
    /// <summary>The attribution the licence asks for, in one sentence, or null.</summary>
    public string? Attribution { get; init; }
}
