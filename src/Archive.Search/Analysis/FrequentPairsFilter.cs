using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>
/// For each two words side by side (the second at the next position, no gap between them) that are
/// both <see cref="PairsAnalyzer.Frequent"/>, one token <c>first_second</c> at the first word's
/// position, from the first word's start to the second's end; nothing else. So a phrase of frequent
/// words stands at a position exactly where its pairs stand one after another from there.
/// </summary>
internal sealed class FrequentPairsFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IOffsetAttribute _offset;

    private char[] _previous = new char[32];
    private char[] _current = new char[32];
    private int _previousLength;
    private bool _previousFrequent;
    private int _previousPosition;
    private int _previousStart;
    private int _position;
    private int _lastEmitted;

    public FrequentPairsFilter(TokenStream input)
        : base(input)
    {
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
            var frequent = PairsAnalyzer.Frequent.Contains(_term.Buffer, 0, length);
            var emit = frequent && _previousFrequent && _previousPosition == _position - 1;
            if (frequent)
            {
                if (_current.Length < length)
                {
                    _current = new char[Math.Max(length, _current.Length * 2)];
                }
                Array.Copy(_term.Buffer, _current, length);
            }
            var start = _offset.StartOffset;
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
            if (frequent)
            {
                (_previous, _current) = (_current, _previous);
                _previousLength = length;
            }
            _previousFrequent = frequent;
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
        _previousFrequent = false;
        _position = -1;
        _previousPosition = -2;
        _lastEmitted = -1;
    }
}
