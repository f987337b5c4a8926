namespace Archive.Records;

/// <summary>Where one record is in <c>records.jsonl</c>: its first byte and its length in bytes (the line without its newline).</summary>
public sealed record RecordSpan(long Offset, int Length);
