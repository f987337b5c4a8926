namespace Archive.Import.Speakers;

/// <summary>
/// The labels by which a Miller Center transcript names a president: <c>THE PRESIDENT</c> (whoever held the office that
/// day), <c>President Bush</c>, <c>GOVERNOR REAGAN</c>, <c>MR. CARTER</c>, <c>TRUMP</c>, the full name. Such a turn is given
/// the president's name, so one person is not listed under several spellings; the label as written is kept.
/// </summary>
public sealed class PresidentLabels
{
    private readonly string? _inOffice;
    private readonly List<(string Name, string Upper, string Surname)> _presidents;

    /// <param name="president">The president the file belongs to; he is tried first for a bare surname.</param>
    /// <param name="date">The transcript's date, which says who <c>THE PRESIDENT</c> is and which other presidents a label may name.</param>
    public PresidentLabels(string president, DateOnly date)
    {
        _inOffice = Presidents.InOffice(date);
        _presidents = [.. new[] { president }.Concat(Presidents.Around(date).Where(p => p != president))
            .Select(p => (p, p.ToUpperInvariant(), Presidents.Surname(p).ToUpperInvariant()))];
    }

    /// <summary>The president the label names, or null.</summary>
    public string? NameOf(string label)
    {
        var upper = label.ToUpperInvariant().Replace(".", string.Empty, StringComparison.Ordinal);
        if (upper is "THE PRESIDENT" or "PRESIDENT")
        {
            return _inOffice ?? _presidents[0].Name;
        }
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titles = words.TakeWhile(NameWords.IsTitle).Count();
        var rest = string.Join(' ', words.Skip(titles));
        foreach (var (name, full, surname) in _presidents)
        {
            if (rest == full.Replace(".", string.Empty, StringComparison.Ordinal) || rest == surname)
            {
                return name;
            }
        }
        return null;
    }
}
