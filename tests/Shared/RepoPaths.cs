namespace Archive.Tests;

/// <summary>Where the repository, its content and the shared corpus are, found from the test binary upwards.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Seed => Path.Combine(Content, "transcripts", "2014-07-10-cis-security-services.txt");

    /// <summary><c>../shared/corpus</c> beside the clone, as CI lays it out.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}
