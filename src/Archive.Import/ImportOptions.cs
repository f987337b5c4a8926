namespace Archive.Import;

// Keep: previous imports kept beside the live one for rollback (Publishing/OutputPublisher).
public sealed record ImportOptions(string ContentDir, string OutDir, bool KeepGoing = false, int Keep = ImportOptions.DefaultKeep)
{
    public const int DefaultKeep = 2;
}
