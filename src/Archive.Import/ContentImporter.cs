using Archive.Import.Collections;
using Archive.Import.Permalinks;
using Archive.Import.Publishing;
using Archive.Import.Readers;
using Archive.Import.Speakers;
using Archive.Records;
using Archive.Search.Indexing;

namespace Archive.Import;

/// <summary>
/// Content folder in, imported folder out. Everything is built in a staging folder and published
/// only when complete (<see cref="OutputPublisher"/>), so the live output is either the old import
/// or the new one, never a mix, and never missing.
/// Progress goes to <c>log</c>; removals, warnings and problems go to <see cref="LogFile"/> in the output.
/// </summary>
public sealed class ContentImporter(ImportOptions options, TextWriter log, bool interactive = false, IReadOnlyList<ITranscriptReader>? readers = null)
{
    /// <summary>The import log, written into the output folder beside the records.</summary>
    public const string LogFile = "import-log.txt";

    private const string KnownFormats =
        "expected an en.kremlin.ru HTML page, plain text with a 'Source | Date' line, Markdown with a front-matter block, or a Miller Center file (yyyy-mm-dd-slug.txt starting 'President: Name').";

    private readonly IReadOnlyList<ITranscriptReader> _readers = readers ?? ReaderRegistry.All;

    public ImportReport Run()
    {
        var report = new ImportReport();
        var outDir = Path.GetFullPath(options.OutDir).TrimEnd(Path.DirectorySeparatorChar);
        var folders = ContentFolder.Of(options.ContentDirs, report.Problems);
        if (report.Problems.Count > 0 || PermalinkAgreement.Check(folders, outDir, report.Problems))
        {
            // Never published, --keep-going or not: a missing folder or a ledger at odds with the output's would cost links.
            return report;
        }
        var aliases = SpeakerAliases.Load(AliasFiles(folders), report.Problems);
        if (report.Problems.Count > 0)
        {
            return report;
        }
        var files = ContentFiles.List(folders, report.Skipped);
        report.Files = files.Count;
        Directory.CreateDirectory(Path.GetDirectoryName(outDir) ?? ".");
        using var publisher = OutputPublisher.TryOpen(outDir, options.Keep, log, out var holder);
        if (publisher is null)
        {
            report.Problems.Add(new ImportProblem(options.OutDir, 0, $"another import into this folder is running ({holder}); nothing was written."));
            return report;
        }
        Build(folders, files, publisher.StagingDir, report, aliases);
        CrashPoint.Reached(CrashPoint.Built);
        if (report.Problems.Count > 0 && !options.KeepGoing)
        {
            return report;
        }
        publisher.Publish();
        report.Published = true;
        return report;
    }

    private void Build(IReadOnlyList<ContentFolder> folders, IReadOnlyList<ContentFile> files, string staging, ImportReport report, SpeakerAliases aliases)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var catalog = new List<TranscriptSummary>();
        var collections = new HashSet<string>(StringComparer.Ordinal);
        var permalinks = new PermalinkAssigner(folders, options.OutDir, log, report);
        var progress = new ImportProgress(log, interactive, files.Count);
        using var importLog = new StreamWriter(Path.Combine(staging, LogFile));
        foreach (var skipped in report.Skipped)
        {
            importLog.WriteLine($"{skipped}: skipped (not a transcript: a folder's notes or a table)");
        }
        using (var index = new IndexBuilder(Path.Combine(staging, DataLayout.Index)))
        using (var records = new RecordsWriter(staging))
        {
            // Files are read and parsed on a second thread while this one writes records and the
            // index's threads analyse; the queue keeps path order, so ids (and their -2 suffixes)
            // are the same on every run.
            var parsed = new HandOffQueue<ParsedFile>(ReadAhead);
            var reading = Task.Run(() => ReadAll(files, parsed));
            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    if (!parsed.TryTake(out var file))
                    {
                        break;
                    }
                    if (i == files.Count / 2)
                    {
                        CrashPoint.Reached(CrashPoint.Building);
                    }
                    var transcript = Accept(file, ids, report, importLog, aliases);
                    if (transcript is null)
                    {
                        if (!options.KeepGoing)
                        {
                            progress.Finish();
                            return;
                        }
                        progress.Advance(i + 1);
                        continue;
                    }
                    transcript = permalinks.Assign(transcript);
                    var span = records.Write(transcript);
                    index.Add(transcript);
                    catalog.Add(TranscriptSummary.Of(transcript) with { Record = span });
                    report.Transcripts++;
                    report.HeadlineOnly += transcript.Kind == TranscriptKind.HeadlineOnly ? 1 : 0;
                    collections.Add(transcript.Collection);
                    report.Paragraphs += transcript.Paragraphs.Count;
                    report.SpeakerTurns += transcript.SpeakerTurns();
                    progress.Advance(i + 1);
                }
            }
            finally
            {
                parsed.Close();
                reading.GetAwaiter().GetResult();
            }
            Stage(report, "reading, indexing", progress.Elapsed);
            index.Commit();
            Stage(report, "merging the index", progress.Elapsed);
            CrashPoint.Reached(CrashPoint.Indexed);
        }
        permalinks.Save(staging);
        progress.Finish();
        foreach (var folder in folders)
        {
            CopyPages(folder.Path, staging, importLog);
        }
        using (var stream = File.Create(Path.Combine(staging, DataLayout.Collections)))
        {
            RecordJson.Write(stream, KnownCollections.All.Where(c => collections.Contains(c.Id)).ToList());
        }
        catalog.Sort((a, b) => b.Date != a.Date ? b.Date.CompareTo(a.Date) : string.CompareOrdinal(a.Id, b.Id));
        report.SpeakerVariants = SpeakerReport.Write(Path.Combine(staging, SpeakerReport.FileName), catalog, aliases);
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
        Stage(report, "catalog, links", progress.Elapsed);
        Downloads.DownloadsWriter.Write(staging);
        var end = progress.Elapsed;
        Stage(report, "downloads", end);
        report.Elapsed = end;
    }

    /// <summary>Notes that the stage that began when the last one ended has ended at <paramref name="at"/>.</summary>
    private static void Stage(ImportReport report, string name, TimeSpan at) =>
        report.Stages.Add((name, at - report.Stages.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Took)));

    /// <summary>Files parsed ahead of the writer: enough to keep both threads busy, few enough to bound memory.</summary>
    private const int ReadAhead = 16;

    private void ReadAll(IReadOnlyList<ContentFile> files, HandOffQueue<ParsedFile> parsed)
    {
        try
        {
            foreach (var file in files)
            {
                if (!parsed.Add(Parse(file)))
                {
                    // The writer stopped early (a problem without --keep-going): nothing more is wanted.
                    return;
                }
            }
        }
        finally
        {
            parsed.Close();
        }
    }

    /// <summary>Reads and parses one file; runs on the reading thread, so it touches nothing shared.</summary>
    private ParsedFile Parse(ContentFile content)
    {
        var relative = content.RelativePath;
        ITranscriptReader? reader = null;
        SourceFile? file = null;
        try
        {
            file = new SourceFile(content.FullPath, relative, File.ReadAllBytes(content.FullPath));
            if (string.IsNullOrWhiteSpace(file.Text))
            {
                throw new ImportException(1, "the file is empty (or holds only white space).");
            }
            reader = _readers.FirstOrDefault(r => r.CanRead(file))
                ?? throw new ImportException(1, "not a transcript in any known format: " + KnownFormats);
            return new ParsedFile(relative, file, reader.Read(file), reader.Format, null);
        }
        catch (ImportException e)
        {
            return Failed(e.Line, e.Message);
        }
        catch (IOException e)
        {
            return Failed(0, "cannot be read: " + e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Failed(0, "cannot be read: " + e.Message);
        }
#pragma warning disable CA1031 // A bug in one reader must cost one file, not the whole import; it is reported, not hidden.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var where = reader is null ? "internal error" : $"internal error in reader {reader.Format}";
            return Failed(0, $"{where}: {e.GetType().Name}: {e.Message}");
        }

        ParsedFile Failed(int line, string message) => new(relative, file, null, reader?.Format, new ImportProblem(relative, line, message));
    }

    /// <summary>Takes a parsed file into the report and gives it its id, in path order; null if it has a problem.</summary>
    private static Transcript? Accept(ParsedFile parsed, HashSet<string> ids, ImportReport report, TextWriter importLog, SpeakerAliases aliases)
    {
        if (parsed.Problem is not null || parsed.Draft is null || parsed.File is null || parsed.Format is null)
        {
            var problem = parsed.Problem ?? new ImportProblem(parsed.RelativePath, 0, "internal error: the file was neither read nor refused.");
            report.Problems.Add(problem);
            importLog.WriteLine(problem);
            return null;
        }
        var warnings = parsed.File.DecodingWarnings.Concat(parsed.Draft.Warnings).ToList();
        report.Warnings.AddRange(warnings);
        report.Removals.AddRange(parsed.Draft.Removals);
        foreach (var line in parsed.Draft.Removals.Concat(warnings.Select(w => "warning: " + w)))
        {
            importLog.WriteLine(line);
        }
        return RecordAssembler.Assemble(parsed.Draft, parsed.File, parsed.Format, ids, aliases);
    }

    /// <summary>Copies the Markdown pages (about, help) so the site needs nothing but the imported folder; the first folder's page of a name wins.</summary>
    private static void CopyPages(string contentDir, string staging, TextWriter importLog)
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
            if (File.Exists(target))
            {
                importLog.WriteLine($"warning: {file}: a page of this name came from an earlier content folder; this one is not used.");
                continue;
            }
            File.Copy(file, target);
        }
    }

    /// <summary>Each content folder's own <c>speakers.tsv</c>, then those given with <c>--speakers</c>.</summary>
    private IEnumerable<string> AliasFiles(IReadOnlyList<ContentFolder> folders) =>
        folders.Select(f => Path.Combine(f.Path, SpeakerAliases.FileName)).Where(File.Exists).Concat(options.SpeakerFiles ?? []);
}
