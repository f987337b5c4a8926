using System.Text.RegularExpressions;

namespace Archive.Import.Readers.Html;

/// <summary>An aside that says how a speaker's words reached English: <c>(retranslated)</c>, <c>(translated from Russian)</c>, <c>(transcript)</c>.</summary>
public static partial class TranslationNote
{
    [GeneratedRegex(@"^\(\s*((re-?)?translated|retranslation|translation|transcript)( from [A-Za-z]+)?\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    public static bool IsMatch(string text) => Note().IsMatch(TextCleaner.Clean(text));
}
