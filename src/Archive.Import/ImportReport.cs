namespace Archive.Import;

/// <summary>What one import did: counts, the files it could not take, and what it removed or doubted.</summary>
public sealed class ImportReport
{
    public int Files { get; set; }
    public int Transcripts { get; set; }
    /// <summary>Of the transcripts, title-only news items (<see cref="Records.TranscriptKind.HeadlineOnly"/>).</summary>
    public int HeadlineOnly { get; set; }
    public int Paragraphs { get; set; }
    public int SpeakerTurns { get; set; }
    /// <summary>Pairs of speaker names that may be one person, proposed in <see cref="Speakers.SpeakerReport.FileName"/> for a curator.</summary>
    public int SpeakerVariants { get; set; }
    public List<ImportProblem> Problems { get; } = [];
    /// <summary>Files passed over by rule as not transcripts (a corpus's MANIFEST.tsv), as records would name them.</summary>
    public List<string> Skipped { get; } = [];
    public List<string> Warnings { get; } = [];
    public List<string> Removals { get; } = [];
    /// <summary>How long reading, writing and indexing took.</summary>
    public TimeSpan Elapsed { get; set; }
    /// <summary>Whether the output folder was replaced by this import.</summary>
    public bool Published { get; set; }
}
