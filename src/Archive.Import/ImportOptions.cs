namespace Archive.Import;

/// <summary>What to import: one or more content folders, in order, into one output folder.</summary>
public sealed record ImportOptions(IReadOnlyList<string> ContentDirs, string OutDir, bool KeepGoing = false)
{
    public ImportOptions(string contentDir, string outDir, bool keepGoing = false)
        : this([contentDir], outDir, keepGoing)
    {
    }

    /// <summary>The first content folder (the only one, usually).</summary>
    public string ContentDir => ContentDirs[0];
}
