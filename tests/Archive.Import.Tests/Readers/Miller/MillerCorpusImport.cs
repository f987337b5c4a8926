using System.Diagnostics;
using Archive.Import.Speakers;
using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Readers.Miller;

/// <summary>The whole Miller Center corpus imported once, through the real importer, for every test in the class.</summary>
public sealed class MillerCorpusImport : IDisposable
{
    private readonly TempDir _temp = new();

    public MillerCorpusImport()
    {
        var watch = Stopwatch.StartNew();
        Report = new ContentImporter(new ImportOptions(DataDir, OutDir, speakerFiles: [Path.Combine(RepoPaths.Content, SpeakerAliases.FileName)]), TextWriter.Null).Run();
        Elapsed = watch.Elapsed;
        Records = [.. RecordsFile.ReadAll(OutDir).OrderBy(t => t.Id, StringComparer.Ordinal)];
    }

    public static string DataDir => Path.Combine(RepoPaths.Corpus, "miller-center-txt", "data");

    public string OutDir => _temp.Combine("out");
    public ImportReport Report { get; }
    public TimeSpan Elapsed { get; }
    public IReadOnlyList<Transcript> Records { get; }

    public void Dispose() => _temp.Dispose();
}
