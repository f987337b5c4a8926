using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Import.Readers.Miller;

/// <summary>
/// The Miller Center files keep their metadata in the name: <c>1789-04-30-first-inaugural-address.txt</c>
/// (some have no extension). The slug dropped small words and case, so the title made from it is only
/// an approximation of the real one ("First Annual Message Congress", not "... to Congress").
/// </summary>
public static partial class MillerFileName
{
    /// <summary>Words that stay lower-case inside a title.</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
    };

    /// <summary>Slug words that are abbreviations and are written in capitals.</summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["us"] = "US",
        ["un"] = "UN",
        ["ussr"] = "USSR",
        ["nafta"] = "NAFTA",
        ["dc"] = "DC",
        ["jr"] = "Jr.",
        ["st"] = "St.",
        ["nato"] = "NATO",
        ["ame"] = "AME",
    };

    // A trailing "-0" is the website's suffix for a second page with the same slug, not part of the title.
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*?)(?:-0)?(?:\.txt)?$")]
    private static partial Regex Shape();

    /// <summary>Whether the name has the shape, whether or not its date is a real one.</summary>
    public static bool Matches(string fileName) => Shape().IsMatch(fileName);

    /// <summary>The date and title from a name; false if the name has another shape, throws for a date that does not exist.</summary>
    public static bool TryParse(string fileName, out DateOnly date, out string title) =>
        TryParse(fileName, out date, out title, out _, out _);

    /// <summary>
    /// Also the slug of the record's id (the name's, without a <c>-0</c>: the same id the title gave before titles
    /// were mended) and the page name (the name without <c>.txt</c>, <c>-0</c> kept), from which the page's address is made.
    /// </summary>
    public static bool TryParse(string fileName, out DateOnly date, out string title, out string slug, out string pageName)
    {
        date = default;
        title = slug = pageName = string.Empty;
        var m = Shape().Match(fileName);
        if (!m.Success)
        {
            return false;
        }
        if (!DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            throw new ImportException(0, $"the file name's date {m.Groups["date"].Value} is not a real date.");
        }
        slug = m.Groups["slug"].Value;
        title = Title(slug);
        pageName = fileName.EndsWith(".txt", StringComparison.Ordinal) ? fileName[..^4] : fileName;
        return true;
    }

    /// <summary>
    /// Phrases whose small words the website's slugs always drop and that can be put back without guessing:
    /// "state-union" can only have been "State of the Union". Other lost words (the "on" of "Address to the
    /// Nation on Panama") cannot be known from the name and stay lost; see docs/import-rules.md.
    /// </summary>
    private static readonly (string[] Slug, string[] Title)[] Phrases =
    [
        (["state", "union"], ["state", "of", "the", "union"]),
        (["address", "nation"], ["address", "to", "the", "nation"]),
        (["message", "congress"], ["message", "to", "congress"]),
        (["joint", "session", "congress"], ["joint", "session", "of", "congress"]),
    ];

    private static string Title(string slug)
    {
        var words = Mended(slug.Split('-'));
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            words[i] = Abbreviations.TryGetValue(w, out var abbreviation) ? abbreviation
                : i > 0 && SmallWords.Contains(w) ? w
                : char.ToUpperInvariant(w[0]) + w[1..];
        }
        return string.Join(' ', words);
    }

    private static string[] Mended(string[] words)
    {
        var mended = new List<string>(words.Length + 4);
        for (var i = 0; i < words.Length;)
        {
            var phrase = Phrases.FirstOrDefault(p => words.AsSpan(i).StartsWith(p.Slug));
            if (phrase.Slug is null)
            {
                mended.Add(words[i++]);
                continue;
            }
            mended.AddRange(phrase.Title);
            i += phrase.Slug.Length;
        }
        return [.. mended];
    }
}
