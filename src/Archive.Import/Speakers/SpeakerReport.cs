using System.Globalization;
using Archive.Records;

namespace Archive.Import.Speakers;

/// <summary>
/// Writes <see cref="FileName"/> into the output: the names <see cref="DuplicateSpeakers"/> takes for one person, in the
/// alias file's own form, so a curator can check each against the transcripts and copy the right lines into
/// <c>speakers.tsv</c> (or mark two people as different with <c>!</c>).
/// </summary>
public static class SpeakerReport
{
    public const string FileName = "speaker-report.txt";

    /// <summary>Writes the report and returns how many pairs it proposes.</summary>
    public static int Write(string path, IReadOnlyList<TranscriptSummary> catalog, SpeakerAliases aliases)
    {
        var transcripts = catalog.SelectMany(t => t.Speakers).CountBy(s => s, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var variants = DuplicateSpeakers.Find(transcripts, aliases);
        using var writer = new StreamWriter(path);
        writer.WriteLine("# Speaker names that may be one person, proposed by the importer for a curator to check.");
        writer.WriteLine("# Each line is in speakers.tsv's form, alias<TAB>name; copy the lines you have checked into the content");
        writer.WriteLine("# folder's speakers.tsv, or write name<TAB>!other for two different people. See docs/import-rules.md.");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {transcripts.Count} speakers, {variants.Count} proposals."));
        foreach (var v in variants)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{v.Alias}\t{v.Name}\t# {v.Reason}; {transcripts[v.Alias]} and {transcripts[v.Name]} transcripts"));
        }
        return variants.Count;
    }
}
