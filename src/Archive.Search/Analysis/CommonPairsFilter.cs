using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Archive.Search.Analysis;

/// <summary>
/// What Lucene's <c>CommonGramsFilter</c> followed by a <c>TypeTokenFilter</c> keeping only its grams
/// gives, in one pass: for each pair of neighbouring words of which at least one is common, one token
/// <c>first_second</c> at the first word's position (from the first word's start to the second's end),
/// and nothing else. The stock pair of filters captures and restores every attribute of every token
/// (a copy of each per word) to emit words it then throws away; this one only copies the last word's
/// characters. A test holds it to the stock filters' output over real speeches; what it saves is in
/// docs/performance.md ("Hand-written parts and what they pay").
/// </summary>
internal sealed class CommonPairsFilter : TokenFilter
{
    private readonly CharArraySet _common;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;

    private char[] _previous = new char[32];
    private char[] _current = new char[32];
    private int _previousLength = -1;
    private bool _previousCommon;
    private int _previousPosition;
    private int _previousStart;
    private int _position;
    private int _lastEmitted;

    public CommonPairsFilter(TokenStream input, CharArraySet common)
        : base(input)
    {
        _common = common;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            _position += _increment.PositionIncrement;
            var length = _term.Length;
            var common = _common.Contains(_term.Buffer, 0, length);
            if (_current.Length < length)
            {
                _current = new char[Math.Max(length, _current.Length * 2)];
            }
            Array.Copy(_term.Buffer, _current, length);
            var start = _offset.StartOffset;
            var emit = _previousLength >= 0 && (common || _previousCommon);
            if (emit)
            {
                var pair = _term.ResizeBuffer(_previousLength + 1 + length);
                Array.Copy(_previous, pair, _previousLength);
                pair[_previousLength] = PairsAnalyzer.Separator;
                Array.Copy(_current, 0, pair, _previousLength + 1, length);
                _term.Length = _previousLength + 1 + length;
                _increment.PositionIncrement = _previousPosition - _lastEmitted;
                _offset.SetOffset(_previousStart, _offset.EndOffset);
                _lastEmitted = _previousPosition;
            }
            (_previous, _current) = (_current, _previous);
            _previousLength = length;
            _previousCommon = common;
            _previousPosition = _position;
            _previousStart = start;
            if (emit)
            {
                return true;
            }
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = -1;
        _previousCommon = false;
        _position = -1;
        _lastEmitted = -1;
    }
}
