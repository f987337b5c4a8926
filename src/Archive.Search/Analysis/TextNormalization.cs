namespace Archive.Search.Analysis;

/// <summary>
/// Characters that people type differently from how transcripts print them: curly and straight
/// quotes, apostrophes, dashes and no-break spaces all search the same.
/// </summary>
/// <remarks>
/// Every fold is one character for one character, so token offsets into the original text stay
/// right for highlighting without a <c>MappingCharFilter</c> (whose reader takes a lock on every
/// read: a fifth of the importer's indexing time went there). The soft hyphen, which must vanish
/// rather than become another character, is dropped from the words by <see cref="FoldingLowerCaseFilter"/>.
/// </remarks>
internal static class TextNormalization
{
    public const char SoftHyphen = '\u00AD';

    public static char Fold(char c)
    {
        if (c < '\u00A0')
        {
            // The word-break rules keep "title:x" as one word; a colon never joins words in speech.
            return c switch { '`' => '\'', ':' => ' ', _ => c };
        }
        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u201B' or '\u2032' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
            '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => ' ',
            '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' => ' ',
            _ => c,
        };
    }

    public static void Fold(Span<char> chars)
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Fold(chars[i]);
        }
    }
}
