using System.Text.RegularExpressions;

namespace Archive.Import.Readers.Html;

/// <summary>
/// A news or transcript page of en.kremlin.ru as a web mirror saved it: title, date, time, venue and lead
/// from the page head, paragraphs from the article body. See docs/import-rules.md.
/// </summary>
public sealed partial class KremlinHtmlReader : ITranscriptReader
{
    public string Format => "kremlin-html";

    [GeneratedRegex(@"<h1\b[^>]*\bclass\s*=\s*[""'][^""']*\bentry-title\b", RegexOptions.IgnoreCase)]
    private static partial Regex EntryTitle();

    /// <summary>An HTML page that names en.kremlin.ru and has the site's <c>h1.entry-title</c>; the extension does not matter.</summary>
    public bool CanRead(SourceFile file)
    {
        var text = file.Text;
        return text.AsSpan().TrimStart().StartsWith("<")
            && text.Contains("en.kremlin.ru", StringComparison.OrdinalIgnoreCase)
            && EntryTitle().IsMatch(text);
    }

    public DraftTranscript Read(SourceFile file) => KremlinArticle.Parse(HtmlSource.Parse(file.Text), file.RelativePath).ToDraft();
}
