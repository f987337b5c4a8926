namespace Archive.Search;

/// <summary>
/// One page of results. <see cref="Total"/> counts matching paragraphs and <see cref="Transcripts"/>
/// the transcripts they are in; <see cref="Groups"/> is this page of transcripts. <see cref="Notes"/>
/// say how the search was read when it was not taken as typed; <see cref="Problem"/> is set when
/// the search was refused (too long, too deep), and then nothing else is.
/// </summary>
public sealed record SearchResults(
    int Total,
    int Transcripts,
    IReadOnlyList<SearchGroup> Groups,
    SearchFacets Facets,
    string? Suggestion,
    IReadOnlyList<string> Notes,
    bool HasMore,
    string? Problem)
{
    public IEnumerable<SearchHit> Hits => Groups.SelectMany(g => g.Hits);

    public static SearchResults Refused(string problem) => new(0, 0, [], SearchFacets.None, null, [], false, problem);

    public static SearchResults Empty(IReadOnlyList<string> notes) => new(0, 0, [], SearchFacets.None, null, notes, false, null);
}
