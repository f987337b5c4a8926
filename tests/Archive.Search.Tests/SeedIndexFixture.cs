using Archive.Import;
using Archive.Tests;

namespace Archive.Search.Tests;

/// <summary>The seed imported once per test class into a temporary folder, with one searcher over it.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    private readonly TempDir _temp = new();

    public SeedIndexFixture()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        var report = new ContentImporter(new ImportOptions(_temp.Combine("content"), _temp.Combine("out")), TextWriter.Null).Run();
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', report.Problems));
        }
        Searcher = new TranscriptSearcher(_temp.Combine("out"), SearchEngineUnderTest.Options);
    }

    public TranscriptSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        _temp.Dispose();
    }
}
