namespace Archive.Import.Permalinks;

/// <summary>A paragraph as the ledger remembers it: its permanent number, numbers merged into it, and its fingerprint.</summary>
public readonly record struct LedgerParagraph(int N, IReadOnlyList<int> Aliases, ParagraphFingerprint Fingerprint);
