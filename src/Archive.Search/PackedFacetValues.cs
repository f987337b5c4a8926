using Lucene.Net.Index;

namespace Archive.Search;

/// <summary>
/// Every paragraph's year, venue, speaker and transcript (ordinals in its segment), packed into
/// one long per paragraph and held in memory, so counting facets over a hundred thousand hits
/// reads an array instead of four doc values each. Doc values are read from the index through
/// <c>NIOFSDirectory</c> a kilobyte at a time: for broad searches that reading was a third of the
/// searcher's time. At 1M paragraphs this holds 8 MB. The index never changes while the site
/// runs, so the values are read once, in the background: until they are there (or if a segment
/// has too many values to pack), <see cref="FacetCollector"/> reads doc values as before.
/// </summary>
internal sealed class PackedFacetValues
{
    /// <summary>Years from this one on are counted, for <see cref="YearSlots"/> years.</summary>
    public const int FirstYear = 1700;
    public const int YearSlots = 500;

    private readonly Leaf?[] _leaves;

    private PackedFacetValues(Leaf?[] leaves) => _leaves = leaves;

    /// <summary>Reads the values of every segment of <paramref name="reader"/>.</summary>
    public static PackedFacetValues Read(IndexReader reader) =>
        new([.. reader.Leaves.Select(Leaf.Read)]);

    /// <summary>The values of one segment, or null when they could not be packed.</summary>
    public Leaf? For(AtomicReaderContext context) =>
        context.Ord < _leaves.Length && _leaves[context.Ord] is { } leaf && ReferenceEquals(leaf.Reader, context.AtomicReader) ? leaf : null;

    /// <summary>
    /// One segment: per paragraph, from the lowest bits up, year slot + 1, venue ordinal + 1,
    /// speaker ordinal + 1 and transcript ordinal + 1 (0: none).
    /// </summary>
    internal sealed class Leaf
    {
        private const int YearBits = 9;

        private Leaf(AtomicReader reader, long[] packed, int venueBits, int speakerBits, int idBits)
        {
            Reader = reader;
            Packed = packed;
            VenueShift = YearBits;
            SpeakerShift = VenueShift + venueBits;
            IdShift = SpeakerShift + speakerBits;
            VenueMask = (1L << venueBits) - 1;
            SpeakerMask = (1L << speakerBits) - 1;
            IdMask = (1L << idBits) - 1;
        }

        public AtomicReader Reader { get; }

        public long[] Packed { get; }

        public int VenueShift { get; }

        public int SpeakerShift { get; }

        public int IdShift { get; }

        public long VenueMask { get; }

        public long SpeakerMask { get; }

        public long IdMask { get; }

        public static long YearMask => (1L << YearBits) - 1;

        public static Leaf? Read(AtomicReaderContext context)
        {
            var reader = context.AtomicReader;
            var date = reader.GetNumericDocValues(SearchFields.DateNumber);
            var venue = reader.GetSortedDocValues(SearchFields.Venue);
            var speaker = reader.GetSortedDocValues(SearchFields.Speaker);
            var id = reader.GetSortedDocValues(SearchFields.Id);
            int venueBits = Bits(venue), speakerBits = Bits(speaker), idBits = Bits(id);
            if (YearBits + venueBits + speakerBits + idBits > 63)
            {
                return null;
            }
            var leaf = new Leaf(reader, new long[reader.MaxDoc], venueBits, speakerBits, idBits);
            for (var doc = 0; doc < leaf.Packed.Length; doc++)
            {
                long value = 0;
                if (date is not null && (int)(date.Get(doc) / 10000) - FirstYear is var year and >= 0 and < YearSlots)
                {
                    value = year + 1;
                }
                value |= (long)(venue?.GetOrd(doc) + 1 ?? 0) << leaf.VenueShift;
                value |= (long)(speaker?.GetOrd(doc) + 1 ?? 0) << leaf.SpeakerShift;
                value |= (long)(id?.GetOrd(doc) + 1 ?? 0) << leaf.IdShift;
                leaf.Packed[doc] = value;
            }
            return leaf;
        }

        /// <summary>Bits for ordinal + 1 of every value (0 when there are none).</summary>
        private static int Bits(SortedDocValues? values) => values is null ? 0 : 64 - (int)long.LeadingZeroCount(values.ValueCount);
    }
}
