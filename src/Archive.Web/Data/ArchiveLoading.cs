using Archive.Records;
using Archive.Search;

namespace Archive.Web.Data;

/// <summary>
/// The imported folder being read while the host starts: first the index (opened, then warmed by
/// one search), then the catalog, on a thread of their own while the host starts on another.
/// Search answers as soon as its index is ready; a page that needs the catalog waits for it (about
/// half a second more at a million paragraphs). Reading both at once was slower for the first
/// search on two cores. <see cref="ArchiveWatch"/> stops the site if the catalog cannot be read;
/// without an index the site serves every page but search. Once both are read, searches of every
/// kind (<see cref="SearchWarmUp"/>) run before the import is reported ready.
/// </summary>
public sealed class ArchiveLoading
{
    public ArchiveLoading(string dataDir, Manifest manifest, SearchEngineOptions searchOptions, SearchWarmUp? warmUp = null)
    {
        Searcher = Task.Run(() =>
        {
            var searcher = new TranscriptSearcher(dataDir, searchOptions) { ClosedByOwner = true };
            try
            {
                searcher.Warm();
            }
            catch
            {
                // A damaged file that the first search met: the index is not served.
                searcher.Close();
                throw;
            }
            return searcher;
        });
        // After the searcher, whether or not it could be opened: the watch reports either failure.
        Data = Searcher.ContinueWith(_ => new ArchiveData(dataDir, manifest), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        Warmed = warmUp is null ? Task.CompletedTask : warmUp.RunAsync(Searcher, Data);
    }

    public Task<TranscriptSearcher> Searcher { get; }

    public Task<ArchiveData> Data { get; }

    /// <summary>Completes when the warm-up searches have run (at once without a warm-up); never faults.</summary>
    public Task Warmed { get; }
}
