namespace Archive.Records;

public enum ParagraphKind
{
    /// <summary>Speech or narration.</summary>
    Text,
    /// <summary>A section break such as <c>* * *</c>, kept so the reader sees the gap.</summary>
    SectionBreak,
    /// <summary>A cut mark such as <c>&lt;…&gt;</c>: the source left words out here.</summary>
    Cut,
}
