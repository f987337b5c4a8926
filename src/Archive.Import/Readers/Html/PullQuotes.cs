using System.Text.RegularExpressions;

namespace Archive.Import.Readers.Html;

/// <summary>
/// en.kremlin.ru repeats a sentence or two of a speech in a <c>&lt;blockquote&gt;</c> beside it, as a magazine sets a
/// pull quote. Kept, it would be a second copy of words already in the record, attributed to whoever spoke last.
/// A quote is a pull quote when at least half of its three-word runs occur in the body's other paragraphs.
/// </summary>
public static partial class PullQuotes
{
    private const double MinShared = 0.5;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static bool IsRepeat(string quote, IEnumerable<string> others)
    {
        var body = new HashSet<string>(others.SelectMany(Trigrams), StringComparer.Ordinal);
        var own = Trigrams(quote).ToList();
        return own.Count > 0 && own.Count(body.Contains) >= MinShared * own.Count;
    }

    private static IEnumerable<string> Trigrams(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        for (var i = 0; i + 2 < words.Count; i++)
        {
            yield return $"{words[i]} {words[i + 1]} {words[i + 2]}";
        }
    }
}
