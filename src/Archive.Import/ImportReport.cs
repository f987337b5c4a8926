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
    /// <summary>How long the import took, from the first file read to the downloads written (publishing aside).</summary>
    public TimeSpan Elapsed { get; set; }
    /// <summary>Where <see cref="Elapsed"/> went, stage by stage, in order: what each stage took, not when it ended.</summary>
    public List<(string Stage, TimeSpan Took)> Stages { get; } = [];
    /// <summary>Whether the output folder was replaced by this import.</summary>
    public bool Published { get; set; }
}
