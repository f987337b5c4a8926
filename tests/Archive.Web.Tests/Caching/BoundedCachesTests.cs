using Archive.Records;
using Archive.Tests;
using Archive.Web.Caching;
using Archive.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Caching;

/// <summary>Every cache of the site is bounded by bytes, and says how many it holds.</summary>
public sealed class BoundedCachesTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    [Fact]
    public async Task ThePageStoreNeverHoldsMoreBytesThanItsBound()
    {
        using var store = new PageStore(64 * 1024);

        for (var i = 0; i < 1_000; i++)
        {
            await store.SetAsync("/page/" + i, new byte[1_000], null, TimeSpan.FromHours(1), CancellationToken.None);
            Assert.InRange(store.Bytes, 0, store.SizeLimit);
        }

        Assert.True(store.Bytes > store.SizeLimit / 2, $"{store.Bytes} bytes held");
    }

    [Fact]
    public async Task APageLargerThanTheWholeStoreIsNotKept()
    {
        using var store = new PageStore(1_000);

        await store.SetAsync("/long", new byte[2_000], null, TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Null(await store.GetAsync("/long", CancellationToken.None));
        Assert.Equal(0, store.Bytes);
    }

    [Fact]
    public async Task PagesAreEvictedByTagAndTheOthersKept()
    {
        using var store = new PageStore(64 * 1024);
        await store.SetAsync("/a", [1], ["import-1"], TimeSpan.FromHours(1), CancellationToken.None);
        await store.SetAsync("/b", [2], ["import-2"], TimeSpan.FromHours(1), CancellationToken.None);

        await store.EvictByTagAsync("import-1", CancellationToken.None);

        Assert.Null(await store.GetAsync("/a", CancellationToken.None));
        Assert.NotNull(await store.GetAsync("/b", CancellationToken.None));
    }

    [Fact]
    public void TheSitesOutputCacheKeepsPagesInTheBoundedStore()
    {
        var store = site.Services.GetRequiredService<PageStore>();

        Assert.Same(store, site.Services.GetRequiredService<IOutputCacheStore>());
        Assert.Equal(8L * 1024 * 1024, store.SizeLimit);
    }

    [Fact]
    public void TheRecordCacheNeverHoldsMoreBytesThanItsBound()
    {
        Manifest manifest;
        using (var stream = File.OpenRead(Path.Combine(site.DataDir, DataLayout.Manifest)))
        {
            manifest = RecordJson.ReadManifest(stream);
        }
        const long bound = 6_000;
        var data = new ArchiveData(site.DataDir, manifest, bound);
        try
        {
            for (var round = 0; round < 3; round++)
            {
                foreach (var t in data.Catalog)
                {
                    Assert.NotNull(data.Load(t.Id));
                    Assert.InRange(data.CachedRecordBytes, 0, bound);
                }
            }
            Assert.True(data.CachedRecordBytes > 0);
            Assert.True(data.Catalog.Sum(t => 2L * t.Record!.Length) > bound, "the records must not all fit, or the test shows nothing");
        }
        finally
        {
            data.Close();
        }
    }

    [Fact]
    public void MarkdownPagesRememberNothingOfNamesThatAreNotPages()
    {
        using var temp = new TempDir();
        temp.Write("about.md", "# About\n\nWords.");
        var pages = new MarkdownPages(temp.Path);

        for (var i = 0; i < 20_000; i++)
        {
            Assert.Null(pages.Find("no-such-page-" + i));
        }

        Assert.Equal(0, pages.CachedBytes);
        Assert.Equal("About", pages.Find("about")?.Title);
        Assert.True(pages.CachedBytes > 0);
    }

    [Fact]
    public void MarkdownPagesNeverHoldMoreBytesThanTheirBound()
    {
        using var temp = new TempDir();
        for (var i = 0; i < 40; i++)
        {
            temp.Write($"help/page-{i}.md", $"# Page {i}\n\n" + string.Join("\n\n", Enumerable.Repeat("A paragraph of help.", 100)));
        }
        const long bound = 64 * 1024;
        var pages = new MarkdownPages(temp.Path, bound);

        for (var i = 0; i < 40; i++)
        {
            Assert.Equal($"Page {i}", pages.Find($"help/page-{i}")?.Title);
            Assert.InRange(pages.CachedBytes, 0, bound);
        }
    }
}
