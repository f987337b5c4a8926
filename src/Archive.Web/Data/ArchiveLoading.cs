using Archive.Records;
using Archive.Search;

namespace Archive.Web.Data;

/// <summary>
/// The imported folder being read while the host starts: first the index (opened, then warmed by
/// one search), then the catalog, on a thread of their own while the host starts on another.
/// Search answers as soon as its index is ready; a page that needs the catalog waits for it (about
/// half a second more at a million paragraphs). Reading both at once was slower for the first
/// search on two cores. <see cref="ArchiveLoadingWatch"/> stops the site if either fails.
/// </summary>
public sealed class ArchiveLoading
{
    public ArchiveLoading(string dataDir, Manifest manifest)
    {
        Searcher = Task.Run(() =>
        {
            var searcher = new TranscriptSearcher(dataDir);
            searcher.Warm();
            return searcher;
        });
        // After the searcher, whether or not it could be opened: the watch reports either failure.
        Data = Searcher.ContinueWith(_ => new ArchiveData(dataDir, manifest), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    public Task<TranscriptSearcher> Searcher { get; }

    public Task<ArchiveData> Data { get; }
}

/// <summary>Logs what the site serves once the folder is read, or stops the site, with the reason, when it cannot be.</summary>
internal sealed partial class ArchiveLoadingWatch(ArchiveLoading loading, IHostApplicationLifetime lifetime, ILogger<ArchiveLoadingWatch> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var data = await loading.Data.ConfigureAwait(false);
            var searcher = await loading.Searcher.ConfigureAwait(false);
            Serving(data.DataDir, data.Catalog.Count, searcher.ParagraphCount);
        }
#pragma warning disable CA1031 // Any failure to read the folder must stop the site with the reason logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            CannotRead(e);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving {DataDir} (transcripts: {Transcripts}; searchable paragraphs: {Paragraphs})")]
    private partial void Serving(string dataDir, int transcripts, int paragraphs);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The imported folder cannot be read, so the site stops")]
    private partial void CannotRead(Exception e);
}
