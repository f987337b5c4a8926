using Archive.Import.Readers;

namespace Archive.Import;

/// <summary>One file after reading and parsing, before it gets its id: either a draft or the problem that stopped it.</summary>
public sealed record ParsedFile(string RelativePath, SourceFile? File, DraftTranscript? Draft, string? Format, ImportProblem? Problem);
