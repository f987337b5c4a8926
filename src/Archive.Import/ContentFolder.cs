namespace Archive.Import;

/// <summary>
/// One content folder of an import. <see cref="Prefix"/> is empty when it is the only one, so a folder's paths,
/// short ids and ledger are the same as they always were; with several folders it is the folder's name and a
/// slash (<c>kremlin-en-html/</c>), so that two folders' <c>news/1.html</c> stay two files.
/// </summary>
public sealed record ContentFolder(string Path, string Prefix)
{
    /// <summary>The folders of an import, or a problem: a folder that does not exist, or two with the same name.</summary>
    public static IReadOnlyList<ContentFolder> Of(IReadOnlyList<string> dirs, List<ImportProblem> problems)
    {
        var folders = new List<ContentFolder>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in dirs)
        {
            var full = System.IO.Path.GetFullPath(dir).TrimEnd(System.IO.Path.DirectorySeparatorChar);
            if (!Directory.Exists(full))
            {
                problems.Add(new ImportProblem(dir, 0, "no such folder."));
                continue;
            }
            var name = System.IO.Path.GetFileName(full);
            if (dirs.Count > 1 && !names.TryAdd(name, dir))
            {
                problems.Add(new ImportProblem(dir, 0,
                    $"has the same name as {names[name]}; with several folders each file is named under its folder's name, so the names must differ."));
                continue;
            }
            folders.Add(new ContentFolder(full, dirs.Count > 1 ? name + "/" : ""));
        }
        return folders;
    }

    /// <summary>A file of this folder as records name it.</summary>
    public string RelativePathOf(string fullPath) => Prefix + System.IO.Path.GetRelativePath(Path, fullPath).Replace('\\', '/');
}
