using Archive.Import.Permalinks;
using Archive.Records;

namespace Archive.Import;

/// <summary>
/// Which files of the content folders are transcripts. Not: <c>pages/</c> (copied as they are), hidden files,
/// the permalink ledger, and files that describe a folder rather than hold a transcript (a corpus's
/// <c>MANIFEST.tsv</c> and <c>SOURCE.txt</c>, a README or licence, any table: <c>.tsv</c>, <c>.csv</c>,
/// <c>.json</c>, which no reader takes). Those are listed in the import log, so a corpus folder imports
/// as it is, without <c>--keep-going</c>, and nothing is passed over unseen.
/// </summary>
public static class ContentFiles
{
    private static readonly HashSet<string> FolderNotes = new(StringComparer.OrdinalIgnoreCase)
    {
        "README", "README.md", "README.txt", "LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE", "LICENCE.md", "LICENCE.txt",
        "SOURCE.txt", "MANIFEST.tsv",
    };

    private static readonly HashSet<string> TableExtensions = new(StringComparer.OrdinalIgnoreCase) { ".tsv", ".csv", ".json" };

    /// <summary>The transcript files of every folder, in path order (folders in the order given); skipped files go to <paramref name="skipped"/>.</summary>
    public static List<ContentFile> List(IReadOnlyList<ContentFolder> folders, List<string> skipped)
    {
        var files = new List<ContentFile>();
        foreach (var folder in folders)
        {
            var here = new List<ContentFile>();
            foreach (var path in Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetFileName(path);
                var relative = Path.GetRelativePath(folder.Path, path).Replace('\\', '/');
                if (name.StartsWith('.') || relative == PermalinkLedger.FileName || relative.StartsWith(DataLayout.Pages + "/", StringComparison.Ordinal))
                {
                    continue;
                }
                if (FolderNotes.Contains(name) || TableExtensions.Contains(Path.GetExtension(name)))
                {
                    skipped.Add(folder.RelativePathOf(path));
                    continue;
                }
                here.Add(new ContentFile(path, folder.RelativePathOf(path)));
            }
            here.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            files.AddRange(here);
        }
        skipped.Sort(StringComparer.Ordinal);
        return files;
    }
}
