namespace Archive.Import;

public sealed record ImportOptions(string ContentDir, string OutDir, bool KeepGoing = false);
