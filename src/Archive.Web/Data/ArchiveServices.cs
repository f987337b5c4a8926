using Archive.Records;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Web.Data;

public static class ArchiveServices
{
    /// <summary>Registers the imported folder, its searcher and its Markdown pages, all read-only singletons.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        // A relative path is taken from where the person typed it, or from the settings file's folder (DataFolder).
        var dataDir = DataFolder.Resolve(configuration, environment.ContentRootPath)
            ?? throw new InvalidOperationException("No imported folder is configured: pass --data <out-dir> or set Archive__Data.");
        if (!File.Exists(Path.Combine(dataDir, DataLayout.Manifest)))
        {
            throw new InvalidOperationException(DataFolder.NotImported(dataDir, DataFolder.InvokedFrom(configuration), environment.ContentRootPath));
        }
        Manifest manifest;
        using (var stream = File.OpenRead(Path.Combine(dataDir, DataLayout.Manifest)))
        {
            manifest = RecordJson.ReadManifest(stream);
        }
        services.AddSingleton(manifest);
        // The index, then the catalog, are read on another thread from here on while the host starts
        // (ArchiveLoading); whoever needs one first waits for it. Factories, so that the container
        // disposes them at the end.
        var loading = new ArchiveLoading(dataDir, manifest);
        services.AddSingleton(loading);
        services.AddSingleton(_ => loading.Data.GetAwaiter().GetResult());
        services.AddSingleton(_ => loading.Searcher.GetAwaiter().GetResult());
        services.AddHostedService<ArchiveLoadingWatch>();
        services.AddSingleton(new MarkdownPages(Path.Combine(dataDir, DataLayout.Pages)));
        // The citation pages print the date accessed; tests put a fixed clock here.
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
