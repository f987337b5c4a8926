namespace Archive.Import.Permalinks;

/// <summary>
/// One transcript file in the ledger: its short id, every URL it has had (the current one last),
/// its paragraphs in reading order and the numbers of paragraphs that corrections removed.
/// </summary>
public sealed record LedgerEntry(
    string File,
    string ShortId,
    IReadOnlyList<string> Urls,
    IReadOnlyList<LedgerParagraph> Paragraphs,
    IReadOnlyList<int> Removed)
{
    /// <summary>The next number never used in this transcript, for paragraphs a correction adds.</summary>
    public int NextNumber => 1 + Paragraphs.SelectMany(p => p.Aliases.Append(p.N)).Concat(Removed).DefaultIfEmpty(0).Max();
}
