using Archive.Import;
using Archive.Search;
using Archive.Tests;
using Archive.Web.Data;

namespace Archive.Web.Tests.Data;

/// <summary>
/// The site's first import reads its catalog only once the host has started, so that it does not take
/// a core from the start; a later import reads it right after its index.
/// </summary>
public sealed class ArchiveLoadingTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string _dataDir;

    public ArchiveLoadingTests()
    {
        _dataDir = _temp.Combine("site");
        var report = new ContentImporter(new ImportOptions(RepoPaths.Content, _dataDir), TextWriter.Null).Run();
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task TheCatalogWaitsUntilItIsToldAndSearchDoesNot()
    {
        var snapshot = ArchiveSnapshot.Open(_dataDir, SearchEngineOptions.Default, catalogWhenTold: true);
        try
        {
            var searcher = await snapshot.Loading.Searcher;
            Assert.True(searcher.Search(new SearchRequest("Belarus")).Total > 0);
            Assert.False(snapshot.Loading.Data.IsCompleted);

            snapshot.Loading.ReadCatalog();
            var data = await snapshot.Loading.Data;
            Assert.NotEmpty(data.Catalog);
            snapshot.Loading.ReadCatalog();
        }
        finally
        {
            snapshot.Release();
            await snapshot.Closed;
        }
    }

    [Fact]
    public async Task ALaterImportReadsItsCatalogRightAfterItsIndex()
    {
        var snapshot = ArchiveSnapshot.Open(_dataDir, SearchEngineOptions.Default);
        try
        {
            Assert.NotEmpty((await snapshot.Loading.Data).Catalog);
        }
        finally
        {
            snapshot.Release();
            await snapshot.Closed;
        }
    }

    public void Dispose() => _temp.Dispose();
}
