namespace Archive.Import;

/// <summary>
/// What to import: one or more content folders, in order, into one output folder. Keep: previous
/// imports kept beside the live one for rollback (Publishing/OutputPublisher). SpeakerFiles: alias
/// files (<c>speakers.tsv</c>) read after the content folders' own.
/// </summary>
public sealed record ImportOptions(IReadOnlyList<string> ContentDirs, string OutDir, bool KeepGoing = false, int Keep = ImportOptions.DefaultKeep,
    IReadOnlyList<string>? SpeakerFiles = null)
{
    public const int DefaultKeep = 2;

    public ImportOptions(string contentDir, string outDir, bool keepGoing = false, int keep = DefaultKeep, IReadOnlyList<string>? speakerFiles = null)
        : this([contentDir], outDir, keepGoing, keep, speakerFiles)
    {
    }

    /// <summary>The first content folder (the only one, usually).</summary>
    public string ContentDir => ContentDirs[0];
}
