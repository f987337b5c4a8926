using Lucene.Net.Analysis.CharFilters;

namespace Archive.Search;

/// <summary>
/// Characters that people type differently from how transcripts print them: curly and straight
/// quotes, apostrophes, dashes and no-break spaces all search the same.
/// </summary>
internal static class TextNormalization
{
    public static readonly NormalizeCharMap CharMap = Build();

    private static NormalizeCharMap Build()
    {
        var builder = new NormalizeCharMap.Builder();
        foreach (var apostrophe in new[] { "\u2019", "\u2018", "\u02BC", "\u201B", "\u2032", "`" })
        {
            builder.Add(apostrophe, "'");
        }
        foreach (var quote in new[] { "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB" })
        {
            builder.Add(quote, "\"");
        }
        foreach (var dash in new[] { "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212" })
        {
            builder.Add(dash, " ");
        }
        foreach (var space in new[] { "\u00A0", "\u2007", "\u202F", "\u2009", "\u200A" })
        {
            builder.Add(space, " ");
        }
        // The word-break rules keep "title:x" as one word; a colon never joins words in speech.
        builder.Add(":", " ");
        builder.Add("\u00AD", string.Empty);
        return builder.Build();
    }
}
