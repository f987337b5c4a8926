using System.Text;

namespace Archive.Search;

/// <summary>
/// What a person typed, split into quoted phrases and loose words. Nothing here is Lucene syntax:
/// every character is searched literally, so a stray quote or a reserved word cannot break a search.
/// </summary>
internal sealed record UserQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases)
{
    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static UserQuery Parse(string text)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        var normalized = Normalize(text);
        var parts = normalized.Split('"');
        // Odd-numbered parts sit inside quotes; an unclosed quote leaves its tail as loose words.
        var closed = parts.Length % 2 == 1;
        for (var i = 0; i < parts.Length; i++)
        {
            var inside = i % 2 == 1 && (closed || i < parts.Length - 1);
            var part = parts[i].Trim();
            if (part.Length == 0)
            {
                continue;
            }
            if (inside)
            {
                phrases.Add(part);
            }
            else
            {
                words.AddRange(part.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        return new UserQuery(words, phrases);
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => ' ',
                _ => c,
            });
        }
        return sb.ToString();
    }
}
