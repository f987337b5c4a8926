namespace Archive.Import;

/// <summary>
/// What to import: one or more content folders, in order, into one output folder. Keep: previous
/// imports kept beside the live one for rollback (Publishing/OutputPublisher).
/// </summary>
public sealed record ImportOptions(IReadOnlyList<string> ContentDirs, string OutDir, bool KeepGoing = false, int Keep = ImportOptions.DefaultKeep)
{
    public const int DefaultKeep = 2;

    public ImportOptions(string contentDir, string outDir, bool keepGoing = false, int keep = DefaultKeep)
        : this([contentDir], outDir, keepGoing, keep)
    {
    }

    /// <summary>The first content folder (the only one, usually).</summary>
    public string ContentDir => ContentDirs[0];
}
