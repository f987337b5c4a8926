using Archive.Records;
using Archive.Search;
using Archive.Web.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Web.Data;

public static class ArchiveServices
{
    /// <summary>
    /// Registers the import being served (<see cref="LiveArchive"/>) and, per request, what it holds:
    /// <see cref="ArchiveData"/>, <see cref="TranscriptSearcher"/>, <see cref="Manifest"/> and
    /// <see cref="MarkdownPages"/> are scoped, taken from the import the request holds, so a switch to
    /// a new import never changes them under a request. Never keep one in a singleton or a static.
    /// </summary>
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
        services.Configure<ArchiveOptions>(configuration.GetSection(ArchiveOptions.Section));
        // The index, then the catalog, are read on another thread from here on while the host starts
        // (ArchiveLoading); whoever needs one first waits for it.
        var initial = ArchiveSnapshot.Open(LiveArchive.Resolve(dataDir));
        services.AddSingleton(provider => new LiveArchive(dataDir, initial, provider.GetRequiredService<ILogger<LiveArchive>>()));
        services.AddHostedService<ArchiveWatch>();
        services.AddScoped<ArchiveLease>();
        services.AddScoped(provider => provider.GetRequiredService<ArchiveLease>().Snapshot.Manifest);
        services.AddScoped(provider => provider.GetRequiredService<ArchiveLease>().Snapshot.Data);
        services.AddScoped(provider => provider.GetRequiredService<ArchiveLease>().Snapshot.Searcher);
        services.AddScoped(provider => provider.GetRequiredService<ArchiveLease>().Snapshot.Pages);
        services.AddArchiveHealth();
        // The citation pages print the date accessed; tests put a fixed clock here.
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
