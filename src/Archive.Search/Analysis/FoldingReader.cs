namespace Archive.Search.Analysis;

/// <summary>A reader that hands the tokenizer every character folded by <see cref="TextNormalization.Fold(char)"/>.</summary>
internal sealed class FoldingReader(TextReader inner) : TextReader
{
    public override int Read(char[] buffer, int index, int count)
    {
        var read = inner.Read(buffer, index, count);
        if (read > 0)
        {
            TextNormalization.Fold(buffer.AsSpan(index, read));
        }
        return read;
    }

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        if (read > 0)
        {
            TextNormalization.Fold(buffer[..read]);
        }
        return read;
    }

    public override int Read()
    {
        var c = inner.Read();
        return c < 0 ? c : TextNormalization.Fold((char)c);
    }

    public override int Peek()
    {
        var c = inner.Peek();
        return c < 0 ? c : TextNormalization.Fold((char)c);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
