using System.Text;

namespace SearchQuality;

/// <summary>
/// The judge of a hit: a paragraph holds a quotation when the quotation's letters-and-digits
/// words appear in it, in order and side by side, ignoring case and punctuation. Independent of
/// the index's analyzers, so the benchmark does not grade the search by its own rules.
/// </summary>
internal static class WordSequence
{
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '\u2019' && current.Length > 0)
            {
                current.Append('\'');
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString().TrimEnd('\''));
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString().TrimEnd('\''));
        }
        return [.. words];
    }

    public static bool Contains(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return true;
            }
        }
        return false;
    }
}
