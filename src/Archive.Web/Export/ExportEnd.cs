namespace Archive.Web.Export;

/// <summary>
/// The last line of every export, as <c>{"end": …}</c> in JSON Lines: how many paragraphs matched and how
/// many the file holds, the limit, and whether the file is complete. A file without it was cut off.
/// </summary>
public sealed record ExportEnd(int Matching, int Exported, int Limit, bool Complete, string Note);

/// <summary>The JSON Lines form of <see cref="ExportEnd"/>.</summary>
public sealed record ExportEndLine(ExportEnd End);
