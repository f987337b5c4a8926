namespace Archive.Bench.Fts5Web;

/// <summary>The comparator's answer, shaped as the archive's <c>/api/search</c> answer (without facets, suggestion and notes).</summary>
public sealed record Fts5Results(string Query, int Page, int PageSize, bool HasMore, long Total, IReadOnlyList<Fts5Group> Groups);
