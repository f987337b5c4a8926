namespace Archive.Import.Permalinks;

/// <summary>
/// Before an import replaces an output, its ledger and the content folder's must agree: the content folder's must
/// know every transcript, short id, URL and paragraph number the output's gave out. Otherwise (an old ledger
/// checked out, another folder's output) importing would silently renumber links already in use, so the import
/// stops and says which ledger holds what. See "Permalinks" in docs/record-format.md.
/// </summary>
public static class PermalinkAgreement
{
    /// <summary>Adds a problem and returns true when a content folder's ledger is at odds with the output's.</summary>
    public static bool Check(IReadOnlyList<ContentFolder> folders, string outDir, List<ImportProblem> problems)
    {
        var inOutput = Path.Combine(outDir, PermalinkLedger.FileName);
        if (!File.Exists(inOutput))
        {
            return false;
        }
        var output = PermalinkLedger.Parse(File.ReadAllText(inOutput), []);
        var found = false;
        foreach (var folder in folders)
        {
            var inContent = Path.Combine(folder.Path, PermalinkLedger.FileName);
            if (!File.Exists(inContent))
            {
                continue;
            }
            var unreadable = new List<(int Line, string Message)>();
            var content = PermalinkLedger.Parse(File.ReadAllText(inContent), unreadable);
            if (unreadable.Count > 0)
            {
                // The import reports those lines and stops anyway; a comparison would only blame the missing ones.
                continue;
            }
            var differences = output.Entries
                .Where(e => e.File.StartsWith(folder.Prefix, StringComparison.Ordinal))
                .Select(e => Difference(e, content.Find(e.File[folder.Prefix.Length..])))
                .OfType<string>()
                .ToList();
            if (differences.Count == 0)
            {
                continue;
            }
            found = true;
            var remedy = folder.Prefix.Length == 0
                ? $"If the output's ledger is the right one, copy it over the content folder's ({inOutput} to {inContent}); if the content folder's is, import into a new output folder."
                : $"If the output's ledger is the right one, copy its lines for {folder.Prefix} into {inContent} without that prefix; if the content folder's is, import into a new output folder.";
            problems.Add(new ImportProblem(inContent, 0,
                $"disagrees with {inOutput}, the ledger of the output this import would replace, on {differences.Count} transcript(s) (first: {differences[0]}). " +
                $"Importing would renumber links already given out, so nothing was imported. {remedy}"));
        }
        return found;
    }

    /// <summary>What the output's entry knows that the content folder's does not, or null when nothing.</summary>
    private static string? Difference(LedgerEntry output, LedgerEntry? content)
    {
        if (content is null)
        {
            return $"{output.File} (short id {output.ShortId}) is not in the content folder's ledger";
        }
        if (content.ShortId != output.ShortId)
        {
            return $"{content.File} has short id {content.ShortId} in the content folder's ledger, {output.ShortId} in the output's";
        }
        var missingUrl = output.Urls.FirstOrDefault(u => !content.Urls.Contains(u));
        if (missingUrl is not null)
        {
            return $"{content.File} had URL {missingUrl}, which the content folder's ledger does not know";
        }
        var known = Numbers(content).ToHashSet();
        var missing = Numbers(output).Where(n => !known.Contains(n)).ToList();
        return missing.Count > 0
            ? $"{content.File}'s paragraph number(s) {string.Join(", ", missing)} are not in the content folder's ledger"
            : null;
    }

    private static IEnumerable<int> Numbers(LedgerEntry e) => e.Paragraphs.SelectMany(p => p.Aliases.Prepend(p.N)).Concat(e.Removed);
}
