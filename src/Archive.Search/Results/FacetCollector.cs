using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using Archive.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search.Results;

/// <summary>
/// Counts every matching paragraph by year, venue, speaker and collection, and the distinct transcripts,
/// from doc values: no stored document is loaded, so a million hits cost a few array increments each.
/// Counts are kept by ordinal within a segment and turned into strings once per segment. With
/// <see cref="PackedFacetValues"/> (once they are read) the five values come from one array in memory.
/// </summary>
internal sealed class FacetCollector(PackedFacetValues? values = null) : ICollector, IDisposable
{
    private const int FirstYear = PackedFacetValues.FirstYear;
    // Borrowed arrays come from pools of this class's own, not the shared ones: a pool hands out
    // whatever its last user left in an array, and bool arrays from the shared pool came with
    // flags set by another user, so transcripts went uncounted (FacetCountTests). Counts are
    // cleared when rented; flags when given back (only those set need it). Each pool keeps at most
    // six arrays of a size, what two searches at once use (a collector per part and one for the
    // search): the default, fifty of every size, is more than the web process should keep.
    private const int KeptPerSize = 6;
    private static readonly ArrayPool<bool> Flags = ArrayPool<bool>.Create(1 << 24, KeptPerSize);
    private static readonly ArrayPool<int> Ints = ArrayPool<int>.Create(1 << 24, KeptPerSize);
    private static readonly string[] YearNames = [.. Enumerable.Range(FirstYear, PackedFacetValues.YearSlots).Select(y => y.ToString(CultureInfo.InvariantCulture))];
    private int[] _years = Cleared(Ints.Rent(PackedFacetValues.YearSlots), PackedFacetValues.YearSlots);
    private readonly Dictionary<string, int> _venues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _speakers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _collections = new(StringComparer.Ordinal);
    private readonly HashSet<string> _transcripts = new(StringComparer.Ordinal);

    private PackedFacetValues.Leaf? _leaf;
    private NumericDocValues? _date;
    private SortedDocValues? _venue, _speaker, _collection, _id;
    private int[] _venueOrds = [], _speakerOrds = [], _collectionOrds = [];
    private bool[] _idOrds = [];
    // With packed values: which transcripts, by number across segments (flags: 49 KB at 1M
    // paragraphs, one array per part searched and one for the search), how many are flagged, and
    // the numbers flagged while there are at most FlaggedListed: merging and clearing a few
    // flags touches only those; past that, the whole array is merged and cleared, a vector at a time.
    private bool[] _numbers = values is null ? [] : Flags.Rent(values.Transcripts);
    private int[] _flagged = [];
    private int _flaggedCount;
    // With packed values, hits are counted in batches (see CountBatch).
    private const int BatchSize = 256;
    private int[] _batch = values is null ? [] : Ints.Rent(BatchSize);
    private int _batched;

    public int Transcripts
    {
        get
        {
            Flush();
            return _transcripts.Count + _flaggedCount;
        }
    }

    // Doc values read out of order (as BooleanScorer collects) are many times slower; values in memory are not.
    public bool AcceptsDocsOutOfOrder => values is not null;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _date = reader.GetNumericDocValues(SearchFields.DateNumber);
        _venue = reader.GetSortedDocValues(SearchFields.Venue);
        _speaker = reader.GetSortedDocValues(SearchFields.Speaker);
        _collection = reader.GetSortedDocValues(SearchFields.Collection);
        _id = reader.GetSortedDocValues(SearchFields.Id);
        ReturnOrds();
        _venueOrds = RentOrds(_venue);
        _speakerOrds = RentOrds(_speaker);
        _collectionOrds = RentOrds(_collection);
        _leaf = values?.For(context);
        _idOrds = _leaf is null ? new bool[_id?.ValueCount ?? 0] : [];
    }

    public void Collect(int doc)
    {
        if (_leaf is not null)
        {
            _batch[_batched++] = doc;
            if (_batched == BatchSize)
            {
                CountBatch();
            }
            return;
        }
        if (_date is not null)
        {
            var year = (int)(_date.Get(doc) / 10000) - FirstYear;
            if ((uint)year < PackedFacetValues.YearSlots)
            {
                _years[year]++;
            }
        }
        if (_venue is not null && _venue.GetOrd(doc) is var venue and >= 0)
        {
            _venueOrds[venue]++;
        }
        if (_speaker is not null && _speaker.GetOrd(doc) is var speaker and >= 0)
        {
            _speakerOrds[speaker]++;
        }
        if (_collection is not null && _collection.GetOrd(doc) is var collection and >= 0)
        {
            _collectionOrds[collection]++;
        }
        if (_id is not null && _id.GetOrd(doc) is var id and >= 0)
        {
            _idOrds[id] = true;
        }
    }

    /// <summary>
    /// Counts the batched paragraphs from the packed values. The hits are scattered over megabytes
    /// of values, so each read is a cache miss: read one after another in a loop of their own,
    /// the processor waits for many at once instead of for each in turn.
    /// </summary>
    private void CountBatch()
    {
        var leaf = _leaf!;
        var packed = leaf.Packed;
        Span<long> values = stackalloc long[BatchSize];
        values = values[.._batched];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = packed[_batch[i]];
        }
        _batched = 0;
        foreach (var value in values)
        {
            if ((int)(value & PackedFacetValues.Leaf.YearMask) - 1 is var year and >= 0)
            {
                _years[year]++;
            }
            if ((int)((value >> leaf.VenueShift) & leaf.VenueMask) - 1 is var venueOrd and >= 0)
            {
                _venueOrds[venueOrd]++;
            }
            if ((int)((value >> leaf.SpeakerShift) & leaf.SpeakerMask) - 1 is var speakerOrd and >= 0)
            {
                _speakerOrds[speakerOrd]++;
            }
            if ((int)((value >> leaf.CollectionShift) & leaf.CollectionMask) - 1 is var collectionOrd and >= 0)
            {
                _collectionOrds[collectionOrd]++;
            }
            if ((int)((value >> leaf.IdShift) & leaf.IdMask) - 1 is var number and >= 0)
            {
                Flag(number);
            }
        }
    }

    /// <summary>How many flagged transcripts are listed before the flags are merged and cleared whole (settable so that tests can take both ways).</summary>
    internal int FlaggedListed { get; init; } = 4096;

    /// <summary>A collector for one part of the index searched on its own thread, to be <see cref="Add"/>ed to this one.</summary>
    public FacetCollector NewPart() => new(values) { FlaggedListed = FlaggedListed };

    /// <summary>
    /// Turns this part's counts by ordinal into counts by name, on the thread that collected it: the
    /// doc values it read them from belong to that thread (Lucene keeps one instance per thread), and
    /// once the part is done the thread may be searching for another request with the same instance.
    /// </summary>
    public void Complete() => Flush();

    /// <summary>Adds the counts of <paramref name="part"/> (from <see cref="NewPart"/>, <see cref="Complete"/>d) to these.</summary>
    public void Add(FacetCollector part)
    {
        Flush();
        part.Flush(this);
        foreach (var (names, into) in (ReadOnlySpan<(Dictionary<string, int>, Dictionary<string, int>)>)[(part._venues, _venues), (part._speakers, _speakers), (part._collections, _collections)])
        {
            foreach (var (name, count) in names)
            {
                into[name] = into.GetValueOrDefault(name) + count;
            }
        }
        _transcripts.UnionWith(part._transcripts);
        for (var i = 0; i < PackedFacetValues.YearSlots; i++)
        {
            _years[i] += part._years[i];
        }
        if (part._flaggedCount > FlaggedListed)
        {
            // More than this one can have listed: it is past its list too, cleared whole.
            _flaggedCount += Merge(_numbers.AsSpan(0, values!.Transcripts), part._numbers.AsSpan(0, values.Transcripts));
            return;
        }
        for (var i = 0; i < part._flaggedCount; i++)
        {
            Flag(part._flagged[i]);
        }
    }

    /// <summary>Gives the borrowed arrays back, the flags cleared.</summary>
    public void Dispose()
    {
        ReturnOrds();
        if (_numbers.Length > 0)
        {
            if (_flaggedCount > FlaggedListed)
            {
                Array.Clear(_numbers, 0, values!.Transcripts);
            }
            else
            {
                foreach (var number in _flagged.AsSpan(0, _flaggedCount))
                {
                    _numbers[number] = false;
                }
            }
            Flags.Return(_numbers);
            _numbers = [];
        }
        foreach (var borrowed in (int[][])[_years, _batch, _flagged])
        {
            if (borrowed.Length > 0)
            {
                Ints.Return(borrowed);
            }
        }
        _years = _batch = _flagged = [];
        _flaggedCount = 0;
    }

    /// <summary>Counts transcript <paramref name="number"/> unless it is counted already, listing it while the list has room.</summary>
    private void Flag(int number)
    {
        if (_numbers[number])
        {
            return;
        }
        _numbers[number] = true;
        if (_flaggedCount < FlaggedListed)
        {
            if (_flagged.Length == 0)
            {
                _flagged = Ints.Rent(FlaggedListed);
            }
            _flagged[_flaggedCount] = number;
        }
        _flaggedCount++;
    }

    /// <summary>
    /// Sets in <paramref name="into"/> every flag set in <paramref name="from"/>; how many were not
    /// set before. Flags are bytes of 0 or 1, compared a vector at a time.
    /// </summary>
    private static int Merge(Span<bool> into, ReadOnlySpan<bool> from)
    {
        var a = MemoryMarshal.AsBytes(into);
        var b = MemoryMarshal.AsBytes(from);
        var added = 0;
        var i = 0;
        for (; i <= a.Length - Vector<byte>.Count; i += Vector<byte>.Count)
        {
            var mine = new Vector<byte>(a[i..]);
            var theirs = new Vector<byte>(b[i..]);
            var fresh = Vector.AndNot(theirs, mine);
            if (fresh != Vector<byte>.Zero)
            {
                // At most Vector<byte>.Count ones: the byte sum cannot overflow.
                added += Vector.Sum(fresh);
                (mine | theirs).CopyTo(a[i..]);
            }
        }
        for (; i < a.Length; i++)
        {
            added += b[i] & ~a[i] & 1;
            a[i] |= b[i];
        }
        return added;
    }

    private static int[] Cleared(int[] array, int length)
    {
        Array.Clear(array, 0, length);
        return array;
    }

    public SearchFacets ToFacets(int top)
    {
        Flush();
        var years = new List<FacetCount>();
        for (var i = 0; i < PackedFacetValues.YearSlots; i++)
        {
            if (_years[i] > 0)
            {
                years.Add(new FacetCount(YearNames[i], _years[i]));
            }
        }
        // Every collection, not the top few: there are a handful, and a filter should be offered for each.
        return new SearchFacets(years, Top(_venues, top), Top(_speakers, top), Top(_collections, int.MaxValue));
    }

    /// <summary>
    /// Counts by ordinal for one segment's venues or speakers, borrowed from a pool: new arrays
    /// for every part of every search were a tenth of a rare word's garbage.
    /// </summary>
    private static int[] RentOrds(SortedDocValues? values)
    {
        if (values is null || values.ValueCount == 0)
        {
            return [];
        }
        var ords = ArrayPool<int>.Shared.Rent(values.ValueCount);
        Array.Clear(ords);
        return ords;
    }

    private void ReturnOrds()
    {
        if (_venueOrds.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_venueOrds);
        }
        if (_speakerOrds.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_speakerOrds);
        }
        if (_collectionOrds.Length > 0)
        {
            ArrayPool<int>.Shared.Return(_collectionOrds);
        }
        _venueOrds = _speakerOrds = _collectionOrds = [];
    }

    private static List<FacetCount> Top(Dictionary<string, int> counts, int top) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(top).Select(c => new FacetCount(c.Key, c.Value))];

    private void Flush() => Flush(this);

    /// <summary>Counts the batch, then moves the counts by ordinal into <paramref name="into"/>'s counts by name.</summary>
    private void Flush(FacetCollector into)
    {
        if (_batched > 0)
        {
            CountBatch();
        }
        Drain(_venue, _leaf?.Venues, _venueOrds, into._venues);
        Drain(_speaker, _leaf?.Speakers, _speakerOrds, into._speakers);
        Drain(_collection, _leaf?.Collections, _collectionOrds, into._collections);
        if (_id is not null && _idOrds.Length > 0)
        {
            var term = new BytesRef();
            for (var ord = 0; ord < _idOrds.Length; ord++)
            {
                if (_idOrds[ord])
                {
                    _id.LookupOrd(ord, term);
                    into._transcripts.Add(term.Utf8ToString());
                    _idOrds[ord] = false;
                }
            }
        }
    }

    /// <summary>Adds the counts by ordinal to the counts by name, taking names from <paramref name="names"/> when they are in memory.</summary>
    private static void Drain(SortedDocValues? values, string[]? names, int[] ords, Dictionary<string, int> into)
    {
        if (values is null)
        {
            return;
        }
        BytesRef? term = null;
        for (var ord = 0; ord < ords.Length; ord++)
        {
            if (ords[ord] > 0)
            {
                string key;
                if (names is not null)
                {
                    key = names[ord];
                }
                else
                {
                    values.LookupOrd(ord, term ??= new BytesRef());
                    key = term.Utf8ToString();
                }
                into[key] = into.GetValueOrDefault(key) + ords[ord];
                ords[ord] = 0;
            }
        }
    }
}
