using System.Text;

namespace Archive.Search.Syntax;

/// <summary>
/// Splits search text into words, quoted phrases, operators and parentheses. Only upper-case
/// <c>AND</c>, <c>OR</c>, <c>NOT</c>, a <c>-</c> that starts a word and the <see cref="Fields"/>
/// (<c>venue:</c>, <c>speaker:</c>, <c>collection:</c>) mean anything; every other character is
/// part of a word and searched literally. A word that looks like a field but names none
/// (<c>title:gas</c>) is split at its colon into words, with a note, rather than searched as one
/// word that no paragraph holds.
/// </summary>
internal static class QueryLexer
{
    public static readonly string[] Fields = ["venue", "speaker", "collection"];

    public static List<Token> Tokenize(string text, ICollection<string> notes)
    {
        var s = Normalize(text);
        var tokens = new List<Token>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ' ')
            {
                i++;
            }
            else if (c == '"')
            {
                var end = s.IndexOf('"', i + 1);
                if (end < 0)
                {
                    notes.Add("A quotation mark was not closed, so the words after it were searched as loose words.");
                    i++;
                    continue;
                }
                var phrase = s[(i + 1)..end].Trim();
                if (phrase.Length > 0)
                {
                    tokens.Add(new Token(TokenKind.Phrase, phrase));
                }
                i = end + 1;
            }
            else if (c == '(')
            {
                tokens.Add(new Token(TokenKind.Open, "("));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new Token(TokenKind.Close, ")"));
                i++;
            }
            else if (c == '-' && i + 1 < s.Length && s[i + 1] is not (' ' or '-' or ')'))
            {
                tokens.Add(new Token(TokenKind.Minus, "-"));
                i++;
            }
            else
            {
                var start = i;
                while (i < s.Length && s[i] is not (' ' or '"' or '(' or ')'))
                {
                    i++;
                }
                AddWordOrOperator(tokens, s[start..i], s, ref i, notes);
            }
        }
        return tokens;
    }

    private static void AddWordOrOperator(List<Token> tokens, string word, string s, ref int i, ICollection<string> notes)
    {
        if (LooksLikeField(word, s, i, out var name) && !Array.Exists(Fields, f => f.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            notes.Add($"{name}: is not a field you can search (venue:, speaker: and collection: are), so it was read as words.");
            // "-title:oil" leaves oil out, not the word title.
            var negated = tokens.Count > 0 && tokens[^1].Kind is TokenKind.Minus or TokenKind.Not;
            tokens.Insert(negated ? tokens.Count - 1 : tokens.Count, new Token(TokenKind.Word, name));
            word = word[(name.Length + 1)..];
            if (word.Length == 0)
            {
                return;
            }
        }
        tokens.Add(WordOrOperator(word, s, ref i));
    }

    /// <summary>
    /// <c>name:</c> at the start of a word, the name letters only, and a value after it: <c>title:gas</c>,
    /// <c>date:2018</c>, <c>title:"gas deal"</c>. Not a time (<c>10:30</c>), an address
    /// (<c>https://</c>), nor a word before a colon in a quotation (<c>he said: yes</c>).
    /// </summary>
    private static bool LooksLikeField(string word, string s, int next, out string name)
    {
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        name = colon > 0 ? word[..colon] : "";
        var hasValue = colon + 1 < word.Length || (next < s.Length && s[next] == '"');
        return colon > 0 && hasValue && name.All(char.IsLetter) && !word.AsSpan(colon).StartsWith("://", StringComparison.Ordinal);
    }

    private static Token WordOrOperator(string word, string s, ref int i)
    {
        switch (word)
        {
            case "AND":
                return new Token(TokenKind.And, word);
            case "OR":
                return new Token(TokenKind.Or, word);
            case "NOT":
                return new Token(TokenKind.Not, word);
        }
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        var field = colon > 0 ? Array.Find(Fields, f => f.Equals(word[..colon], StringComparison.OrdinalIgnoreCase)) : null;
        if (field is null)
        {
            return new Token(TokenKind.Word, word);
        }
        var value = word[(colon + 1)..];
        if (value.Length == 0 && i < s.Length && s[i] == '"')
        {
            // venue:"Novo-Ogaryovo, Moscow Region": the value is the quoted phrase that follows.
            var end = s.IndexOf('"', i + 1);
            if (end > i + 1)
            {
                value = s[(i + 1)..end].Trim();
                i = end + 1;
            }
        }
        return value.Length == 0 ? new Token(TokenKind.Word, word) : new Token(TokenKind.Field, field, value);
    }

    /// <summary>Typographic double quotes become <c>"</c>; every kind of white space and control character a plain space.</summary>
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
