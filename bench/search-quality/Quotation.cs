namespace SearchQuality;

/// <summary>Consecutive words taken from one paragraph, as written (punctuation attached).</summary>
internal sealed record Quotation(string Id, int N, IReadOnlyList<string> Words)
{
    public string Text => string.Join(' ', Words);
}
