using Archive.Records;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Web.Data;

public static class ArchiveServices
{
    /// <summary>Registers the imported folder, its searcher and its Markdown pages, all read-only singletons.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration[$"{ArchiveOptions.Section}:{nameof(ArchiveOptions.Data)}"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException("No imported folder is configured: pass --data <out-dir> or set Archive__Data.");
        }
        // A relative --data is the user's, so it is taken from the current folder first; the default
        // in appsettings.json (../../out/site) is relative to the project, the content root.
        string[] candidates = [Path.GetFullPath(configured), Path.GetFullPath(configured, environment.ContentRootPath)];
        var dataDir = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, DataLayout.Manifest))) ?? candidates[0];
        if (!File.Exists(Path.Combine(dataDir, DataLayout.Manifest)))
        {
            throw new InvalidOperationException(
                $"{dataDir} is not an imported folder (it has no {DataLayout.Manifest}). Run the importer: dotnet run --project src/Archive.Import -- content {dataDir}");
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
