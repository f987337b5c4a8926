using Archive.Import.Permalinks;
using Archive.Records;
using Archive.Search;

namespace Archive.Import;

/// <summary>
/// Content folder in, imported folder out. Everything is built in a sibling folder and swapped in
/// only when complete, so the live output is either the old import or the new one, never a mix.
/// </summary>
public sealed class ContentImporter(ImportOptions options, TextWriter log)
{
    private static readonly HashSet<string> IgnoredNames = new(StringComparer.OrdinalIgnoreCase) { "README.md", ".gitkeep", ".DS_Store", PermalinkLedger.FileName };

    public ImportReport Run()
    {
        var report = new ImportReport();
        var contentDir = Path.GetFullPath(options.ContentDir);
        var outDir = Path.GetFullPath(options.OutDir).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(contentDir))
        {
            report.Problems.Add(new ImportProblem(options.ContentDir, 0, "no such folder."));
            return report;
        }
        var files = TranscriptFiles(contentDir);
        report.Files = files.Count;
        var parent = Path.GetDirectoryName(outDir) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(outDir)}.importing-{Environment.ProcessId}");
        DeleteIfThere(staging);
        try
        {
            Build(contentDir, files, staging, report);
            if (report.Problems.Count > 0 && !options.KeepGoing)
            {
                return report;
            }
            Publish(staging, outDir);
            report.Published = true;
            return report;
        }
        finally
        {
            DeleteIfThere(staging);
        }
    }

    private void Build(string contentDir, IReadOnlyList<string> files, string staging, ImportReport report)
    {
        Directory.CreateDirectory(Path.Combine(staging, DataLayout.Records));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var catalog = new List<TranscriptSummary>();
        var permalinks = new PermalinkAssigner(contentDir, options.OutDir, log, report);
        using (var index = new IndexBuilder(Path.Combine(staging, DataLayout.Index)))
        {
            foreach (var path in files)
            {
                var transcript = TryRead(contentDir, path, ids, report);
                if (transcript is null)
                {
                    if (!options.KeepGoing)
                    {
                        return;
                    }
                    continue;
                }
                transcript = permalinks.Assign(transcript);
                using (var stream = File.Create(DataLayout.RecordPath(staging, transcript.Id)))
                {
                    RecordJson.Write(stream, transcript);
                }
                index.Add(transcript);
                catalog.Add(TranscriptSummary.Of(transcript));
                report.Transcripts++;
                report.Paragraphs += transcript.Paragraphs.Count;
                report.SpeakerTurns += CountTurns(transcript.Paragraphs);
            }
            index.Commit();
        }
        permalinks.Save(staging);
        CopyPages(contentDir, staging);
        catalog.Sort((a, b) => b.Date != a.Date ? b.Date.CompareTo(a.Date) : string.CompareOrdinal(a.Id, b.Id));
        using (var stream = File.Create(Path.Combine(staging, DataLayout.Catalog)))
        {
            RecordJson.Write(stream, catalog);
        }
        using (var stream = File.Create(Path.Combine(staging, DataLayout.Manifest)))
        {
            RecordJson.Write(stream, new Manifest
            {
                ImporterVersion = typeof(ContentImporter).Assembly.GetName().Version?.ToString() ?? "0",
                BuiltAt = DateTimeOffset.UtcNow,
                Transcripts = report.Transcripts,
                Paragraphs = report.Paragraphs,
                SpeakerTurns = report.SpeakerTurns,
                Warnings = report.Warnings.Count,
            });
        }
    }

    private Transcript? TryRead(string contentDir, string path, HashSet<string> ids, ImportReport report)
    {
        var relative = Path.GetRelativePath(contentDir, path).Replace('\\', '/');
        try
        {
            var file = SourceFile.Load(contentDir, path);
            if (string.IsNullOrWhiteSpace(file.Text))
            {
                throw new ImportException(1, "the file is empty (or holds only white space).");
            }
            var reader = ReaderRegistry.For(file)
                ?? throw new ImportException(1, "not a transcript in any known format (plain text with a 'Source | Date' line).");
            var draft = reader.Read(file);
            report.Warnings.AddRange(draft.Warnings);
            report.Removals.AddRange(draft.Removals);
            foreach (var removal in draft.Removals)
            {
                log.WriteLine(removal);
            }
            return RecordAssembler.Assemble(draft, file, reader.Format, ids);
        }
        catch (ImportException e)
        {
            report.Problems.Add(new ImportProblem(relative, e.Line, e.Message));
        }
        catch (IOException e)
        {
            report.Problems.Add(new ImportProblem(relative, 0, "cannot be read: " + e.Message));
        }
        catch (UnauthorizedAccessException e)
        {
            report.Problems.Add(new ImportProblem(relative, 0, "cannot be read: " + e.Message));
        }
        return null;
    }

    /// <summary>Copies the Markdown pages (about, help) so the site needs nothing but the imported folder.</summary>
    private static void CopyPages(string contentDir, string staging)
    {
        var pages = Path.Combine(contentDir, DataLayout.Pages);
        if (!Directory.Exists(pages))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(pages, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(staging, DataLayout.Pages, Path.GetRelativePath(pages, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int CountTurns(IReadOnlyList<Paragraph> paragraphs)
    {
        var turns = 0;
        string? previous = null;
        foreach (var p in paragraphs)
        {
            if (p.Speaker is not null && p.Speaker != previous)
            {
                turns++;
            }
            previous = p.Speaker;
        }
        return turns;
    }

    private static List<string> TranscriptFiles(string contentDir)
    {
        var files = Directory.EnumerateFiles(contentDir, "*", SearchOption.AllDirectories)
            .Where(f => !IgnoredNames.Contains(Path.GetFileName(f)) && !Path.GetFileName(f).StartsWith('.'))
            .Where(f => !IsUnder(contentDir, f, DataLayout.Pages))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static bool IsUnder(string root, string file, string folder) =>
        Path.GetRelativePath(root, file).Replace('\\', '/').StartsWith(folder + "/", StringComparison.Ordinal);

    private static void Publish(string staging, string outDir)
    {
        if (!Directory.Exists(outDir))
        {
            Directory.Move(staging, outDir);
            return;
        }
        var old = outDir + $".old-{Environment.ProcessId}";
        DeleteIfThere(old);
        Directory.Move(outDir, old);
        Directory.Move(staging, outDir);
        DeleteIfThere(old);
    }

    private static void DeleteIfThere(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
