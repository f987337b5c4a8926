namespace Archive.Import;

/// <summary>What one import did: counts, the files it could not take, and what it removed or doubted.</summary>
public sealed class ImportReport
{
    public int Files { get; set; }
    public int Transcripts { get; set; }
    public int Paragraphs { get; set; }
    public int SpeakerTurns { get; set; }
    /// <summary>Pairs of speaker names that may be one person, proposed in <see cref="Speakers.SpeakerReport.FileName"/> for a curator.</summary>
    public int SpeakerVariants { get; set; }
    public List<ImportProblem> Problems { get; } = [];
    public List<string> Warnings { get; } = [];
    public List<string> Removals { get; } = [];
    /// <summary>How long reading, writing and indexing took.</summary>
    public TimeSpan Elapsed { get; set; }
    /// <summary>Whether the output folder was replaced by this import.</summary>
    public bool Published { get; set; }
}
