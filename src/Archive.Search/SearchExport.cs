namespace Archive.Search;

/// <summary>
/// Every paragraph a search matches, up to a limit, in the search's order: by relevance best first, by
/// date each transcript's matching paragraphs in reading order. <see cref="Total"/> counts all matching
/// paragraphs, <see cref="Count"/> those in <see cref="Paragraphs"/>, which reads each paragraph from the
/// index only as it is enumerated (an export streams, never holds every text at once). <see cref="Complete"/>
/// is false when the time limit stopped the search. <see cref="Problem"/> is set when the search was
/// refused, and then nothing else is.
/// </summary>
public sealed record SearchExport(
    int Total,
    int Count,
    bool Complete,
    IReadOnlyList<string> Notes,
    IEnumerable<ExportedParagraph> Paragraphs,
    string? Problem)
{
    public static SearchExport Refused(string problem) => new(0, 0, true, [], [], problem);

    public static SearchExport Empty(IReadOnlyList<string> notes) => new(0, 0, true, notes, [], null);
}
