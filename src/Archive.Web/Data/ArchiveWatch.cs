using Archive.Search.Storage;
using Microsoft.Extensions.Options;

namespace Archive.Web.Data;

/// <summary>
/// Lets the first import read its catalog once the host has started (<see cref="ArchiveLoading"/>), logs
/// what the site serves once it is read (or stops the site, with the reason, when its catalog cannot
/// be), then watches the output link for a new import: a FileSystemWatcher on the
/// link's folder answers at once, and a check every <see cref="ArchiveOptions.CheckSeconds"/> catches
/// what a watcher can miss (a network file system, an overflowing event queue).
/// </summary>
internal sealed partial class ArchiveWatch(LiveArchive live, IOptions<ArchiveOptions> options, IHostApplicationLifetime lifetime, ILogger<ArchiveWatch> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var first = live.Current;
        // The host has started once every hosted service has (Kestrel among them): the catalog is read then.
        using var started = lifetime.ApplicationStarted.Register(first.Loading.ReadCatalog);
        try
        {
            var data = await first.Loading.Data.ConfigureAwait(false);
            Serving(first.DataDir, data.Catalog.Count);
        }
#pragma warning disable CA1031 // Any failure to read the catalog must stop the site with the reason logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            CannotRead(e);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            return;
        }
        try
        {
            var searcher = await first.Loading.Searcher.ConfigureAwait(false);
            Searchable(searcher.ParagraphCount);
        }
#pragma warning disable CA1031 // A missing or damaged index costs search only; the reason is logged and /healthz reports it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            NoSearch(Path.Combine(first.DataDir, Records.DataLayout.Index), IndexFailure.Describe(e), e);
        }
        await WatchAsync(stoppingToken).ConfigureAwait(false);
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        var configured = Path.GetFullPath(live.Configured);
        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(configured)!, Path.GetFileName(configured))
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite,
        };
        watcher.Created += (_, _) => changed.Release();
        watcher.Renamed += (_, _) => changed.Release();
        watcher.Changed += (_, _) => changed.Release();
        watcher.Error += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        var period = TimeSpan.FromSeconds(Math.Max(options.Value.CheckSeconds, 1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await changed.WaitAsync(period, stoppingToken).ConfigureAwait(false);
                // One check answers every event that arrived meanwhile.
                while (changed.CurrentCount > 0)
                {
                    await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
                await live.RefreshAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {DataDir} ({Transcripts} transcripts)")]
    private partial void Serving(string dataDir, int transcripts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search is ready ({Paragraphs} paragraphs)")]
    private partial void Searchable(int paragraphs);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index {IndexDir} cannot be read ({Reason}); every page but search is served, and search answers 503")]
    private partial void NoSearch(string indexDir, string reason, Exception e);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The imported folder cannot be read, so the site stops")]
    private partial void CannotRead(Exception e);
}
