using Archive.Search.Indexing;
using Lucene.Net.Search.Spans;

namespace Archive.Search.Querying;

/// <summary>
/// Matches of <paramref name="match"/> in <see cref="SearchFields.TextSpan"/> that cross the break: they
/// start before <see cref="BreakSpan.Junction"/> and end after it, so they hold words of both paragraphs.
/// </summary>
internal sealed class CrossingSpanQuery(SpanQuery match) : SpanPositionCheckQuery(match)
{
    protected override AcceptStatus AcceptPosition(Spans spans) =>
        spans.Start >= BreakSpan.Junction ? AcceptStatus.NO_AND_ADVANCE
        : spans.End > BreakSpan.Junction ? AcceptStatus.YES
        : AcceptStatus.NO;

    public override string ToString(string field) => $"crossing({m_match.ToString(field)})";

    public override object Clone() => new CrossingSpanQuery((SpanQuery)m_match.Clone()) { Boost = Boost };

    public override bool Equals(object? obj) => obj is CrossingSpanQuery other && base.Equals(other);

    public override int GetHashCode() => base.GetHashCode() ^ 0x5A17;
}
