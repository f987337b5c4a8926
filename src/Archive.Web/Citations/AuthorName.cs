namespace Archive.Web.Citations;

/// <summary>
/// An author as the styles need it: a person ("Vladimir Putin": surname "Putin", initials "V.") or a
/// body ("President of Russia"), which is never inverted. Speaker labels that are roles rather than
/// names ("Question", "Prime Minister of India") are treated as bodies.
/// </summary>
public sealed record AuthorName(string Full, string? Surname, string? Initials)
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "and", "for", "president", "prime", "minister", "chairman", "secretary", "governor", "deputy",
        "question", "reply", "remark", "answer", "moderator", "audience", "voice", "voices", "journalist", "participant",
    };

    public bool IsPerson => Surname is not null;

    public static AuthorName Corporate(string name) => new(name, null, null);

    public static AuthorName Of(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var person = words.Length is >= 2 and <= 4
            && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.'))
            && !words.Any(NotNames.Contains);
        return person
            ? new AuthorName(name, words[^1], string.Join(' ', words[..^1].Select(w => w[0] + ".")))
            : Corporate(name);
    }

    /// <summary>APA's reference form: <c>Putin, V.</c>, or the body's name.</summary>
    public string Inverted => IsPerson ? $"{Surname}, {Initials}" : Full;

    /// <summary>The name in an in-text citation: the surname or the body.</summary>
    public string Short => Surname ?? Full;
}
