using System.Text;
using Archive.Import.Readers.Html;
using Archive.Tests;

namespace Archive.Import.Tests.Html;

public sealed class KremlinHtmlReaderTests
{
    private readonly KremlinHtmlReader _reader = new();

    [Fact]
    public void PageHeadGivesTitleDateTimeVenueSummaryAndSource()
    {
        var draft = KremlinPages.Read(KremlinPages.Page("<p>Text.</p>", title: "<h1 class=\"entry-title p-name\">Meeting\nwith&nbsp;students </h1>"));
        Assert.Equal(("Meeting with students", new DateOnly(2017, 4, 13), "14:15", "Novo-Ogaryovo, Moscow Region", "A lead.", "President of Russia"),
            (draft.Title, draft.Date, draft.Time, draft.Venue, draft.Summary, draft.Source));
    }

    [Fact]
    public void PageWithoutPlaceTimeOrLeadHasNoVenueTimeOrSummary()
    {
        var draft = KremlinPages.Read(KremlinPages.Page("<p>Text.</p>",
            meta: "<div class=\"read__meta\"><time class=\"read__published\" datetime=\"2009-11-29\">November 29, 2009</time></div>", lead: "  "));
        Assert.Equal((new DateOnly(2009, 11, 29), null, null, null), (draft.Date, draft.Time, draft.Venue, draft.Summary));
    }

    [Fact]
    public void AnnouncementIsDatedByItsPublicationDate()
    {
        var draft = KremlinPages.Read(KremlinPages.Page("<p>Vladimir Putin will meet the President of Brazil.</p>",
            meta: "<div class=\"read__meta\"></div><div class=\"announce_date\"><div class=\"width_limiter\">Announcement, December 14, 2012</div></div>"));
        Assert.Equal((new DateOnly(2017, 4, 13), null), (draft.Date, draft.Time));
    }

    [Fact]
    public void TimeThatIsNotATimeOfDayIsAWarningAndNoTime()
    {
        var draft = KremlinPages.Read(KremlinPages.Page("<p>Text.</p>",
            meta: "<div class=\"read__meta\"><time class=\"read__published\" datetime=\"2017-04-13\">April 13, 2017</time>\n<div class=\"read__time\">late evening</div></div>"));
        Assert.Null(draft.Time);
        Assert.Equal("news/1.html:9: the time 'late evening' is not a time of day (HH:mm); the record has no time.", Assert.Single(draft.Warnings));
    }

    [Theory]
    [InlineData("<h2>No heading here</h2>", 1, "no title")]
    [InlineData("<h1 class=\"entry-title\">  </h1>", 6, "no title")]
    public void PageWithoutATitleIsAnErrorNamingItsLine(string title, int line, string message)
    {
        var page = KremlinPages.Page("<p>Text.</p>", title: title);
        var e = Assert.Throws<ImportException>(() => _reader.Read(KremlinPages.File(page)));
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"read__meta\"></div>", 6, "no date")]
    [InlineData("<div class=\"read__meta\">\n<time class=\"read__published\" datetime=\"2014-02-30\">February 30, 2014</time></div>", 9, "'2014-02-30' is not a real date")]
    public void PageWithoutARealDateIsAnErrorNamingItsLine(string meta, int line, string message)
    {
        var page = KremlinPages.Page("<p>Text.</p>", meta: meta);
        var e = Assert.Throws<ImportException>(() => _reader.Read(KremlinPages.File(page)));
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PageWithAnEmptyBodyIsAHeadlineOnlyItemWhoseParagraphIsTheHeadline()
    {
        var draft = _reader.Read(KremlinPages.File(KremlinPages.Page("<p> </p><div class=\"slider masha-ignore\">Photo</div>")));
        Assert.Equal(Archive.Records.TranscriptKind.HeadlineOnly, draft.Kind);
        var p = Assert.Single(draft.Paragraphs);
        Assert.Equal(("Meeting with students", (string?)null), (p.Text, p.Speaker));
        Assert.Equal("A lead.", draft.Summary);
    }

    [Fact]
    public void TheSourceUrlIsThePagesOgUrlAndAPageWithoutOneIsAWarning()
    {
        Assert.Equal("http://en.kremlin.ru/events/president/news/1", _reader.Read(KremlinPages.File(KremlinPages.Page("<p>Text.</p>"))).SourceUrl);
        var page = KremlinPages.Page("<p>Text.</p>").Replace("<meta property=\"og:url\" content=\"http://en.kremlin.ru/events/president/news/1\"/>", "", StringComparison.Ordinal);
        var draft = _reader.Read(KremlinPages.File(page));
        Assert.Null(draft.SourceUrl);
        Assert.Contains("news/1.html:1: the page gives no original address", Assert.Single(draft.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void KremlinPageIsRecognisedByItsContentWhateverItsName()
    {
        Assert.True(_reader.CanRead(KremlinPages.File(KremlinPages.Page("<p>Text.</p>"), "saved/page.txt")));
        Assert.Same(ReaderRegistry.All.OfType<KremlinHtmlReader>().Single(), ReaderRegistry.For(KremlinPages.File(KremlinPages.Page("<p>Text.</p>"))));
    }

    [Fact]
    public void OtherHtmlPagesAndPlainTextAreNotKremlinPages()
    {
        var blog = "<!DOCTYPE html><html><body><h1 class=\"entry-title\">A blog post</h1><div class=\"entry-content\"><p>Text.</p></div></body></html>";
        Assert.False(_reader.CanRead(KremlinPages.File(blog, "post.html")));
        var seed = File.ReadAllBytes(RepoPaths.Seed);
        Assert.False(_reader.CanRead(new SourceFile(RepoPaths.Seed, "seed.txt", seed)));
        Assert.False(_reader.CanRead(KremlinPages.File("Mentions en.kremlin.ru and <h1 class=\"entry-title\"> in plain text.", "note.txt")));
        Assert.NotNull(Encoding.UTF8.GetString(seed));
    }
}
