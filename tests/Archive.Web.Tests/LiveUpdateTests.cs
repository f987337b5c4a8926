using System.Net;
using Archive.Import.Tests.Permalinks;
using Archive.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>Imports, serves, imports again and sees the new text, without restarting the site.</summary>
public sealed class LiveUpdateTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly CorrectableContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task ANewImportIsServedWithoutARestartAndTheOldOneClosedAfterItsLastRequest()
    {
        var original = CorrectableContent.Original;
        _content.Write(original);
        Assert.True(_content.Import().Published);
        var record = _content.Record();
        using var site = new DataSiteFactory(_content.OutDir);
        using var client = site.CreateClient();

        using var before = await client.GetAsync(new Uri(record.Url, UriKind.Relative));
        Assert.Contains("by the end of March", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var oldTag = before.Headers.ETag!;
        var live = site.Services.GetRequiredService<LiveArchive>();
        var switched = new TaskCompletionSource<ArchiveSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        live.Switched += (old, _) => switched.TrySetResult(old);

        ArchiveSnapshot old;
        // A request that began before the switch: it holds the old import until its scope ends.
        using (var request = site.Services.CreateScope())
        {
            var oldData = request.ServiceProvider.GetRequiredService<ArchiveData>();
            _content.Write([.. original[..4], "I ask the ministers to report on the housing plan by the end of April.", .. original[5..]]);
            Assert.True(_content.Import().Published);
            old = await switched.Task.WaitAsync(Patience);

            Assert.False(old.Closed.IsCompleted);
            Assert.Contains("by the end of March", oldData.Load(record.Id)!.Paragraphs[4].Text, StringComparison.Ordinal);
        }
        await old.Closed.WaitAsync(Patience);

        using var after = await client.GetAsync(new Uri(record.Url, UriKind.Relative));
        var page = await after.Content.ReadAsStringAsync();
        Assert.Contains("by the end of April", page, StringComparison.Ordinal);
        Assert.DoesNotContain("by the end of March", page, StringComparison.Ordinal);
        Assert.NotEqual(oldTag, after.Headers.ETag);

        // A browser holding the old page gets the new one, not a 304.
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, new Uri(record.Url, UriKind.Relative));
        revalidate.Headers.IfNoneMatch.Add(oldTag);
        using var fresh = await client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

        using var search = await client.GetAsync(new Uri("/api/search?q=April", UriKind.Relative));
        Assert.Contains(record.Url, await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOldStyleOutputFolderIsServedAsItIs()
    {
        _content.Write(CorrectableContent.Original);
        _content.Import();
        // An output as importers wrote it before versions: the folder itself, no link.
        var version = Directory.ResolveLinkTarget(_content.OutDir, returnFinalTarget: true)!.FullName;
        File.Delete(_content.OutDir);
        Directory.Move(version, _content.OutDir);

        using var site = new DataSiteFactory(_content.OutDir);
        using var client = site.CreateClient();
        using var page = await client.GetAsync(new Uri(_content.Record().Url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(Path.GetFullPath(_content.OutDir), site.Services.GetRequiredService<LiveArchive>().Current.DataDir);
    }
}
