namespace SearchQuality;

/// <summary>
/// Consecutive words taken from one paragraph, as written (punctuation attached); or, with
/// <see cref="Through"/>, from the end of paragraph <see cref="N"/> and the start of the next one.
/// </summary>
internal sealed record Quotation(string Id, int N, IReadOnlyList<string> Words, int? Through = null)
{
    public string Text => string.Join(' ', Words);
}
