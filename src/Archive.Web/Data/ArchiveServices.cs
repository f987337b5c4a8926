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
        // A relative path is taken from where the person typed it, or from the settings file's folder (DataFolder).
        var dataDir = DataFolder.Resolve(configuration, environment.ContentRootPath)
            ?? throw new InvalidOperationException("No imported folder is configured: pass --data <out-dir> or set Archive__Data.");
        if (!File.Exists(Path.Combine(dataDir, DataLayout.Manifest)))
        {
            throw new InvalidOperationException(DataFolder.NotImported(dataDir, DataFolder.InvokedFrom(configuration), environment.ContentRootPath));
        }
        services.Configure<ArchiveOptions>(configuration.GetSection(ArchiveOptions.Section));
        // The index is read on another thread from here on while the host starts, the catalog once it
        // has started (ArchiveLoading, ArchiveWatch); whoever needs one first waits for it.
        var warmUp = new SearchWarmUp(configuration.GetSection(ArchiveOptions.Section).Get<ArchiveOptions>()?.WarmUpSearches ?? ArchiveOptions.DefaultWarmUpSearches);
        var initial = ArchiveSnapshot.Open(LiveArchive.Resolve(dataDir), SearchEngineSettings.Read(configuration), warmUp, catalogWhenTold: true);
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
