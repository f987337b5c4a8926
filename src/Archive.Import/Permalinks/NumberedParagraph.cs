namespace Archive.Import.Permalinks;

/// <summary>The permanent number given to one paragraph of a new import, and the old numbers that now land on it.</summary>
public sealed record NumberedParagraph(int N, IReadOnlyList<int> Aliases);
