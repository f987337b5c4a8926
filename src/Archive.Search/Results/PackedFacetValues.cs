using System.Numerics;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Search.Results;

/// <summary>
/// Every paragraph's year, venue, speaker, collection and transcript (ordinals in its segment), packed into
/// one long per paragraph and held in memory, so counting facets over a hundred thousand hits
/// reads an array instead of four doc values each. Doc values are read from the index through
/// <c>NIOFSDirectory</c> a kilobyte at a time, much of a broad search's time (docs/performance-log.md,
/// "What was fixed"). It holds eight bytes a paragraph. The index never changes while the site
/// runs, so the values are read once, in the background: until they are there (or if a segment
/// has too many values to pack), <see cref="FacetCollector"/> reads doc values as before. Counting
/// distinct transcripts then needs no strings either: transcripts are numbered across segments.
/// </summary>
internal sealed class PackedFacetValues
{
    /// <summary>Years from this one on are counted, for <see cref="YearSlots"/> years.</summary>
    public const int FirstYear = 1700;
    public const int YearSlots = 500;

    private readonly Leaf[] _leaves;

    private PackedFacetValues(Leaf[] leaves, int transcripts)
    {
        _leaves = leaves;
        Transcripts = transcripts;
    }

    /// <summary>How many transcripts the index holds: their numbers run from 0 to this, across segments.</summary>
    public int Transcripts { get; }

    /// <summary>
    /// Reads the values of every segment of <paramref name="reader"/>, or null when a segment's
    /// ordinals do not fit in a long (facets are then counted from doc values).
    /// </summary>
    public static PackedFacetValues? Read(IndexReader reader)
    {
        // Transcripts are numbered across segments, so that counting distinct ones needs no strings
        // whether or not a transcript's paragraphs share a segment.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var leaves = new List<Leaf>();
        foreach (var context in reader.Leaves)
        {
            if (Leaf.Read(context, numbers) is not { } leaf)
            {
                return null;
            }
            leaves.Add(leaf);
        }
        return new PackedFacetValues([.. leaves], numbers.Count);
    }

    /// <summary>The values of one segment of the reader they were read from.</summary>
    public Leaf? For(AtomicReaderContext context) =>
        context.Ord < _leaves.Length && ReferenceEquals(_leaves[context.Ord].Reader, context.AtomicReader) ? _leaves[context.Ord] : null;

    /// <summary>
    /// One segment: per paragraph, from the lowest bits up, year slot + 1, venue ordinal + 1,
    /// speaker ordinal + 1, collection ordinal + 1 (ordinals in the segment; a handful of
    /// collections take two or three bits) and transcript number + 1 (0: none).
    /// </summary>
    internal sealed class Leaf
    {
        private const int YearBits = 9;

        private Leaf(AtomicReader reader, long[] packed, string[][] names, int venueBits, int speakerBits, int collectionBits, int idBits)
        {
            Reader = reader;
            Packed = packed;
            (Venues, Speakers, Collections) = (names[0], names[1], names[2]);
            VenueShift = YearBits;
            SpeakerShift = VenueShift + venueBits;
            CollectionShift = SpeakerShift + speakerBits;
            IdShift = CollectionShift + collectionBits;
            VenueMask = (1L << venueBits) - 1;
            SpeakerMask = (1L << speakerBits) - 1;
            CollectionMask = (1L << collectionBits) - 1;
            IdMask = (1L << idBits) - 1;
        }

        public AtomicReader Reader { get; }

        public long[] Packed { get; }

        /// <summary>The segment's venues by ordinal: looking one up in its doc values reads the index.</summary>
        public string[] Venues { get; }

        /// <summary>The segment's speakers by ordinal.</summary>
        public string[] Speakers { get; }

        /// <summary>The segment's collection ids by ordinal.</summary>
        public string[] Collections { get; }

        public int VenueShift { get; }

        public int SpeakerShift { get; }

        public int CollectionShift { get; }

        public int IdShift { get; }

        public long VenueMask { get; }

        public long SpeakerMask { get; }

        public long CollectionMask { get; }

        public long IdMask { get; }

        public static long YearMask => (1L << YearBits) - 1;

        /// <summary>The number of the transcript that paragraph <paramref name="doc"/> of the segment belongs to, or -1.</summary>
        public int Transcript(int doc) => (int)((Packed[doc] >> IdShift) & IdMask) - 1;

        public static Leaf? Read(AtomicReaderContext context, Dictionary<string, int> numbers)
        {
            var reader = context.AtomicReader;
            var date = reader.GetNumericDocValues(SearchFields.DateNumber);
            var venue = reader.GetSortedDocValues(SearchFields.Venue);
            var speaker = reader.GetSortedDocValues(SearchFields.Speaker);
            var collection = reader.GetSortedDocValues(SearchFields.Collection);
            var id = reader.GetSortedDocValues(SearchFields.Id);
            var numberOfOrd = new int[id?.ValueCount ?? 0];
            var term = new BytesRef();
            for (var ord = 0; ord < numberOfOrd.Length; ord++)
            {
                id!.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                if (!numbers.TryGetValue(key, out numberOfOrd[ord]))
                {
                    numbers[key] = numberOfOrd[ord] = numbers.Count;
                }
            }
            int venueBits = Bits(venue?.ValueCount ?? 0), speakerBits = Bits(speaker?.ValueCount ?? 0), idBits = Bits(numbers.Count);
            var collectionBits = Bits(collection?.ValueCount ?? 0);
            if (YearBits + venueBits + speakerBits + collectionBits + idBits > 63)
            {
                return null;
            }
            var leaf = new Leaf(reader, new long[reader.MaxDoc], [Strings(venue), Strings(speaker), Strings(collection)], venueBits, speakerBits, collectionBits, idBits);
            for (var doc = 0; doc < leaf.Packed.Length; doc++)
            {
                long value = 0;
                if (date is not null && (int)(date.Get(doc) / 10000) - FirstYear is var year and >= 0 and < YearSlots)
                {
                    value = year + 1;
                }
                value |= (long)(venue?.GetOrd(doc) + 1 ?? 0) << leaf.VenueShift;
                value |= (long)(speaker?.GetOrd(doc) + 1 ?? 0) << leaf.SpeakerShift;
                value |= (long)(collection?.GetOrd(doc) + 1 ?? 0) << leaf.CollectionShift;
                if (id?.GetOrd(doc) is { } ord and >= 0)
                {
                    value |= (long)(numberOfOrd[ord] + 1) << leaf.IdShift;
                }
                leaf.Packed[doc] = value;
            }
            return leaf;
        }

        private static string[] Strings(SortedDocValues? values)
        {
            var strings = new string[values?.ValueCount ?? 0];
            var term = new BytesRef();
            for (var ord = 0; ord < strings.Length; ord++)
            {
                values!.LookupOrd(ord, term);
                strings[ord] = term.Utf8ToString();
            }
            return strings;
        }

        /// <summary>Bits for 0 to <paramref name="count"/>: ordinal or number + 1, 0 for none.</summary>
        private static int Bits(int count) => 32 - BitOperations.LeadingZeroCount((uint)count);
    }
}
