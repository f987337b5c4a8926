using Archive.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Indexing;

/// <summary>
/// The tokens of <see cref="SearchFields.TextSpan"/>: the last <see cref="Width"/> words of a
/// paragraph followed directly by the first <see cref="Width"/> of the next, so that a phrase runs
/// across the break as if the source had not put one there. The first word after the break always
/// stands at position <see cref="Junction"/> (a short paragraph's words start later, not at 0), so
/// a query can tell a phrase that crosses the break from one that lies on one side of it, which the
/// paragraph's own field already finds (<see cref="Querying.PassageQuery"/>). At that position too stand
/// the pairs of words that meet at the break (<see cref="Joins"/>), each one term: a quotation across the
/// break holds one of them, and their short postings lists lead every search of the field, so positions
/// are read only in the few pairs that can match.
/// <para>
/// Only the ends of the two paragraphs are analysed (about <see cref="Width"/> words and a margin of
/// each), not their whole text a second time. One instance per writer thread, reused for every paragraph.
/// </para>
/// </summary>
internal sealed class BreakSpan : TokenStream
{
    /// <summary>
    /// Words kept on each side. A quotation made of up to this many words of each paragraph is found as
    /// a phrase; a longer one by its words nearest the break (<see cref="Querying.PassageQuery"/>).
    /// </summary>
    public const int Width = 12;

    /// <summary>The position of the first word after the break.</summary>
    public const int Junction = Width;

    /// <summary>Whitespace-separated words analysed on each side: more than <see cref="Width"/>, since punctuation alone makes no token.</summary>
    private const int Margin = 2 * Width;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly List<string> _tokens = new(2 * Width);
    private readonly List<string> _joins = new(3);
    private int _before;
    private int _at;
    private int _joined;

    public BreakSpan()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The words at the end of <paramref name="before"/> and at the start of <paramref name="after"/>.</summary>
    public void Set(string before, string after)
    {
        _tokens.Clear();
        var tail = Analyze(before[LastWords(before, Margin)..]);
        _tokens.AddRange(tail.Count > Width ? tail[^Width..] : tail);
        _before = _tokens.Count;
        var head = Analyze(after[..FirstWords(after, Margin)]);
        _tokens.AddRange(head.Count > Width ? head[..Width] : head);
        _at = 0;
        _joined = 0;
        _joins.Clear();
        if (HasWords)
        {
            // The pairs one or two words apart with the break between them.
            _joins.Add(Join(_tokens[_before - 1], _tokens[_before], 1));
            if (_tokens.Count > _before + 1)
            {
                _joins.Add(Join(_tokens[_before - 1], _tokens[_before + 1], 2));
            }
            if (_before > 1)
            {
                _joins.Add(Join(_tokens[_before - 2], _tokens[_before], 2));
            }
        }
    }

    /// <summary>
    /// The pairs of words that meet at the break of the last <see cref="Set"/>, each one term at
    /// <see cref="Junction"/> (<see cref="Join"/>): side by side (the last word before it and the first
    /// after it) and one word apart (the last and the second; the one before the last and the first).
    /// </summary>
    public IReadOnlyList<string> Joins => _joins;

    /// <summary>
    /// The term at <see cref="Junction"/> for the exact tokens <paramref name="before"/> and
    /// <paramref name="after"/> with the break between them, <paramref name="apart"/> positions apart
    /// (1: side by side; 2: one word between): one space between them, or two. No token holds a space.
    /// </summary>
    public static string Join(string before, string after, int apart) => before + (apart == 1 ? " " : "  ") + after;

    /// <summary>Whether both sides have a word: a break next to a paragraph without one bridges nothing.</summary>
    public bool HasWords => _before > 0 && _tokens.Count > _before;

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_at > _before && _joined < _joins.Count)
        {
            // After the first word past the break, at its position.
            _term.SetEmpty().Append(_joins[_joined++]);
            _increment.PositionIncrement = 0;
            return true;
        }
        if (_at == _tokens.Count)
        {
            return false;
        }
        _term.SetEmpty().Append(_tokens[_at]);
        // The first token's increment places it: positions start at increment - 1.
        _increment.PositionIncrement = _at == 0 ? Junction - _before + 1 : 1;
        _at++;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _at = 0;
        _joined = 0;
    }

    private static List<string> Analyze(string text) => Querying.QueryBuilder.Analyze(ArchiveAnalyzers.Exact, SearchFields.TextExact, text);

    /// <summary>Where the last <paramref name="count"/> whitespace-separated words of <paramref name="text"/> begin.</summary>
    internal static int LastWords(string text, int count)
    {
        var i = text.Length;
        for (var words = 0; words < count && i > 0; words++)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
            while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }
        return i;
    }

    /// <summary>Where the first <paramref name="count"/> whitespace-separated words of <paramref name="text"/> end.</summary>
    internal static int FirstWords(string text, int count)
    {
        var i = 0;
        for (var words = 0; words < count && i < text.Length; words++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }
        return i;
    }
}
