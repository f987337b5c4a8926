namespace Archive.Web.Data;

/// <summary>
/// Where <c>--data</c> (or <c>Archive__Data</c>) points. A path typed on the command line or set in the
/// environment is the user's, so a relative one is taken from the folder the command was run from:
/// <c>dotnet run</c> starts the site in the project's folder (the Web SDK sets RunWorkingDirectory), so
/// Archive.Web.csproj passes the folder it was run from as <see cref="InvokedFromKey"/>; run any other
/// way, the current folder is that folder. A path from a settings file (appsettings.json's default,
/// <c>../../out/site</c>) is relative to the site's content root, as the file is.
/// </summary>
public static class DataFolder
{
    public const string Key = $"{ArchiveOptions.Section}:{nameof(ArchiveOptions.Data)}";

    /// <summary>Set by Archive.Web.csproj for <c>dotnet run</c>: the folder the command was run from.</summary>
    public const string InvokedFromKey = $"{ArchiveOptions.Section}:InvokedFrom";

    /// <summary>The full path of the configured folder, or null when none is configured.</summary>
    public static string? Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[Key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }
        return Resolve(configured, FromSettingsFile(configuration), InvokedFrom(configuration), contentRoot);
    }

    public static string Resolve(string configured, bool fromSettingsFile, string invokedFrom, string contentRoot) =>
        Path.GetFullPath(configured, fromSettingsFile ? contentRoot : invokedFrom);

    /// <summary>The folder the command was run from.</summary>
    public static string InvokedFrom(IConfiguration configuration) =>
        configuration[InvokedFromKey] is { Length: > 0 } folder ? Path.GetFullPath(folder) : Directory.GetCurrentDirectory();

    /// <summary>
    /// Why <paramref name="dataDir"/> cannot be served, and the command that fixes it, written for the folder
    /// the person is in: the importer's project when the site runs from its source tree, else its name.
    /// </summary>
    public static string NotImported(string dataDir, string invokedFrom, string contentRoot)
    {
        var importer = Path.GetFullPath(Path.Combine(contentRoot, "..", "Archive.Import"));
        var target = Relative(invokedFrom, dataDir);
        var command = File.Exists(Path.Combine(importer, "Archive.Import.csproj"))
            ? $"dotnet run --project {Relative(invokedFrom, importer)} -- <folder of transcripts> {target}"
            : $"the importer (Archive.Import) with <folder of transcripts> {dataDir}";
        return $"{dataDir} is not an imported folder (it has no manifest.json). A relative --data is taken from the folder the command was run from, {invokedFrom}. "
            + $"Import transcripts into it first, from that folder: {command}";
    }

    /// <summary>Whether the value in force comes from a JSON settings file rather than the command line or the environment.</summary>
    private static bool FromSettingsFile(IConfiguration configuration)
    {
        if (configuration is not IConfigurationRoot root)
        {
            return false;
        }
        // The last provider that has the key is the one whose value is in force.
        foreach (var provider in root.Providers.Reverse())
        {
            if (provider.TryGet(Key, out _))
            {
                return provider is FileConfigurationProvider;
            }
        }
        return false;
    }

    private static string Relative(string from, string path)
    {
        var relative = Path.GetRelativePath(from, path);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
        return shown.Contains(' ', StringComparison.Ordinal) ? $"\"{shown}\"" : shown;
    }
}
