using Archive.Records;
using Archive.Search;

namespace Archive.Web.Data;

/// <summary>
/// The imported folder being read while the host starts: first the index (opened, then warmed by
/// one search) on a thread of its own while the host starts on another, then the catalog, once the
/// host has started when the site is starting (<see cref="ReadCatalog"/>): reading it meanwhile took
/// the second core from the host's start, which then ended later, and with it the first search.
/// Search answers as soon as its index is ready; a page that needs the catalog waits for it (about
/// half a second more at a million paragraphs). Reading index and catalog at once was slower for the
/// first search on two cores. <see cref="ArchiveWatch"/> stops the site if the catalog cannot be read;
/// without an index the site serves every page but search. Once both are read, searches of every
/// kind (<see cref="SearchWarmUp"/>) run before the import is reported ready.
/// </summary>
public sealed class ArchiveLoading
{
    private readonly TaskCompletionSource _catalogMayBeRead = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="dataDir">The version folder.</param>
    /// <param name="manifest">Its manifest, already read.</param>
    /// <param name="searchOptions">How the index is searched.</param>
    /// <param name="warmUp">The searches run before the import is ready; none if null.</param>
    /// <param name="catalogWhenTold">Read the catalog only once <see cref="ReadCatalog"/> is called (the site's first import, while the host starts); otherwise right after the index.</param>
    public ArchiveLoading(string dataDir, Manifest manifest, SearchEngineOptions searchOptions, SearchWarmUp? warmUp = null, bool catalogWhenTold = false)
    {
        if (!catalogWhenTold)
        {
            ReadCatalog();
        }
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
        // After the searcher, whether or not it could be opened (the watch reports either failure), and once allowed.
        Data = Task.WhenAll(Searcher.ContinueWith(_ => { }, TaskScheduler.Default), _catalogMayBeRead.Task)
            .ContinueWith(_ => new ArchiveData(dataDir, manifest), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        Warmed = warmUp is null ? Task.CompletedTask : warmUp.RunAsync(Searcher, Data);
    }

    /// <summary>Lets the catalog be read once the index is (at once if it is); called again, nothing.</summary>
    public void ReadCatalog() => _catalogMayBeRead.TrySetResult();

    public Task<TranscriptSearcher> Searcher { get; }

    public Task<ArchiveData> Data { get; }

    /// <summary>Completes when the warm-up searches have run (at once without a warm-up); never faults.</summary>
    public Task Warmed { get; }
}
