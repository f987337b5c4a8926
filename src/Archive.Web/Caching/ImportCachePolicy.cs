using Archive.Web.Data;
using Microsoft.AspNetCore.OutputCaching;

namespace Archive.Web.Caching;

/// <summary>
/// Keys every cached page by the import the request holds and tags it with that import, so that
/// after a switch no page of the old import is served (its key no longer matches) and all of them can
/// be evicted at once (<see cref="TagOf"/>).
/// </summary>
internal sealed class ImportCachePolicy : IOutputCachePolicy
{
    public static string TagOf(ArchiveSnapshot snapshot) => "import:" + snapshot.DataDir;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var snapshot = context.HttpContext.RequestServices.GetRequiredService<ArchiveLease>().Snapshot;
        context.CacheVaryByRules.VaryByValues["import"] = snapshot.DataDir;
        context.Tags.Add(TagOf(snapshot));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
