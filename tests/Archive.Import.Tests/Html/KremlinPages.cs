using System.Text;
using Archive.Import.Readers;
using Archive.Import.Readers.Html;

namespace Archive.Import.Tests.Html;

/// <summary>Small en.kremlin.ru pages built around a body, in the real pages' markup, one element per line.</summary>
internal static class KremlinPages
{
    public const string Meta =
        "<div class=\"read__meta\"><time class=\"read__published\" datetime=\"2017-04-13\" itemprop=\"datePublished\">April 13, 2017</time>\n" +
        "<div class=\"read__time\">14:15</div>\n<div class=\"read__place p-location\"><i></i>Novo-Ogaryovo, Moscow Region</div></div>";

    public static string Page(string body, string title = "<h1 class=\"entry-title p-name\">Meeting with students</h1>", string meta = Meta, string lead = "<div><p>A lead.</p></div>") =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Meeting • President of Russia</title><meta property=\"og:url\" content=\"http://en.kremlin.ru/events/president/news/1\"/></head>\n" +
        "<body class=\" is-reading\">\n<div class=\"read\" data-href=\"http://en.kremlin.ru/events/president/news/1\">\n<article class=\"read__in hentry h-entry\">\n" +
        $"{title}\n<div class=\"read__lead entry-summary p-summary\">{lead}</div>\n{meta}\n" +
        $"<div class=\"entry-content e-content read__internal_content\">\n{body}\n<div class=\"read__bottommeta hidden-copy\"><div class=\"read__status masha-ignore\"><p>Publication date: <time datetime=\"2017-04-13\">April 13, 2017</time></p></div></div>\n</div>\n" +
        "</article>\n</div>\n</body></html>\n";

    public static SourceFile File(string html, string name = "news/1.html") => new("/content/" + name, name, Encoding.UTF8.GetBytes(html));

    public static DraftTranscript Read(string html) => new KremlinHtmlReader().Read(File(html));

    /// <summary>The body's paragraphs as (speaker, text) pairs.</summary>
    public static List<(string? Speaker, string Text)> Turns(string body) =>
        Read(Page(body)).Paragraphs.Select(p => (p.Speaker, p.Text)).ToList();
}
