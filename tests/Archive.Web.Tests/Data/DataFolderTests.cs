using Archive.Tests;
using Archive.Web.Data;
using Microsoft.Extensions.Configuration;

namespace Archive.Web.Tests.Data;

public sealed class DataFolderTests : IDisposable
{
    private readonly TempDir _temp = new();

    private static readonly string ContentRoot = Path.Combine(RepoPaths.Root, "src", "Archive.Web");

    public void Dispose() => _temp.Dispose();

    private IConfiguration Configuration(string? settingsFile, string? typed, string? invokedFrom)
    {
        var builder = new ConfigurationBuilder();
        if (settingsFile is not null)
        {
            // A file, as appsettings.json is: where a value came from decides what it is relative to.
            builder.AddJsonFile(_temp.Write("appsettings.json", "{\"Archive\": {\"Data\": \"" + settingsFile + "\"}}"));
        }
        var values = new Dictionary<string, string?>();
        if (typed is not null)
        {
            values[DataFolder.Key] = typed;
        }
        if (invokedFrom is not null)
        {
            values[DataFolder.InvokedFromKey] = invokedFrom;
        }
        return builder.AddInMemoryCollection(values).Build();
    }

    [Fact]
    public void ATypedRelativePathIsTakenFromTheFolderTheCommandWasRunFrom() =>
        Assert.Equal(Path.Combine(RepoPaths.Root, "out", "kremlin"),
            DataFolder.Resolve(Configuration("../../out/site", "out/kremlin", RepoPaths.Root), ContentRoot));

    [Fact]
    public void TheSettingsFilesDefaultIsTakenFromTheContentRoot() =>
        Assert.Equal(Path.Combine(RepoPaths.Root, "out", "site"),
            DataFolder.Resolve(Configuration("../../out/site", null, "/somewhere/else"), ContentRoot));

    [Fact]
    public void WithoutTheInvocationFolderATypedPathIsTakenFromTheCurrentFolder() =>
        Assert.Equal(Path.GetFullPath("out/kremlin"), DataFolder.Resolve(Configuration(null, "out/kremlin", null), ContentRoot));

    [Fact]
    public void AnAbsolutePathIsTakenAsItIs() =>
        Assert.Equal("/data/archive", DataFolder.Resolve(Configuration(null, "/data/archive", "/home/me"), ContentRoot));

    [Fact]
    public void NoFolderAtAllIsNull() => Assert.Null(DataFolder.Resolve(Configuration(null, null, null), ContentRoot));

    /// <summary>The README's own command, run from the repository's root before any import: the message's command must work as given.</summary>
    [Fact]
    public void TheMessageForAFolderNotImportedGivesACommandThatWorksFromWhereThePersonIs()
    {
        var message = DataFolder.NotImported(Path.Combine(RepoPaths.Root, "out", "kremlin"), RepoPaths.Root, ContentRoot);

        Assert.Contains("dotnet run --project src/Archive.Import -- <folder of transcripts> out/kremlin", message, StringComparison.Ordinal);
        Assert.Contains("has no manifest.json", message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunFromAnotherFolderTheCommandNamesTheImportersProjectFromThere()
    {
        var elsewhere = Path.Combine(RepoPaths.Root, "docs");
        var message = DataFolder.NotImported(Path.Combine(elsewhere, "mine"), elsewhere, ContentRoot);

        Assert.Contains($"dotnet run --project {Path.Combine(RepoPaths.Root, "src", "Archive.Import")} -- <folder of transcripts> mine", message, StringComparison.Ordinal);
    }
}
