using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Search.Analysis;

/// <summary>
/// Lower-cases each word and drops soft hyphens from it ("inter\u00ADnational" is "international"),
/// in one pass over the term. The tokenizer keeps a soft hyphen inside the word (it is a format
/// character), so dropping it here leaves the word's offsets in the original text as they were.
/// </summary>
internal sealed class FoldingLowerCaseFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;

    public FoldingLowerCaseFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var buffer = _term.Buffer;
            var length = _term.Length;
            var written = 0;
            for (var read = 0; read < length; read++)
            {
                var c = buffer[read];
                if (c < 128)
                {
                    buffer[written++] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
                }
                else if (c == TextNormalization.SoftHyphen)
                {
                    continue;
                }
                else if (char.IsHighSurrogate(c) && read + 1 < length && char.IsLowSurrogate(buffer[read + 1]))
                {
                    // Lower-casing keeps a supplementary character supplementary: two chars in, two out.
                    written += Rune.ToLowerInvariant(new Rune(c, buffer[read + 1])).EncodeToUtf16(buffer.AsSpan(written));
                    read++;
                }
                else
                {
                    buffer[written++] = char.ToLowerInvariant(c);
                }
            }
            if (written > 0)
            {
                _term.Length = written;
                _position.PositionIncrement += skipped;
                return true;
            }
            // Nothing but soft hyphens: not a word. Its position is kept so phrases do not close over it.
            skipped += _position.PositionIncrement;
        }
        return false;
    }
}
