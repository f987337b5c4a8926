namespace Archive.Import;

/// <summary>What to import and where. <c>SpeakerFiles</c>: alias files (<c>speakers.tsv</c>) read after the content folder's own.</summary>
public sealed record ImportOptions(string ContentDir, string OutDir, bool KeepGoing = false, IReadOnlyList<string>? SpeakerFiles = null);
