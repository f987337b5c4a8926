using System.Net;
using System.Text.Json;
using Archive.Web.Export;
using Microsoft.VisualBasic.FileIO;

namespace Archive.Web.Tests.Export;

public sealed class SearchExportTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    private async Task<(HttpResponseMessage Response, List<string[]> Rows)> Csv(string query)
    {
        var response = await _client.GetAsync(new Uri("/search/export?" + query + "&format=csv", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }
        return (response, rows);
    }

    [Fact]
    public async Task CsvExportHasAHeaderEveryMatchingParagraphAndAnEndRow()
    {
        var (response, rows) = await Csv("q=thank+OR+harvest+OR+teachers&sort=oldest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(ExportRow.Columns, rows[0]);
        var paragraphs = rows[1..^1];
        Assert.Equal(response.Headers.GetValues("X-Total-Count").Single(), paragraphs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(SearchExportEndpoint.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Export-Limit").Single());
        Assert.All(paragraphs, p => Assert.Matches(@"^http://localhost/d/[0-9a-z]{6}/\d+$", p[6]));
        Assert.Contains(paragraphs, p => p[0] == "2014-07-25-press-conference-on-the-harvest" && p[4] == "Vladimir Putin" && p[8] == "The harvest this year is a good one.");
        var end = rows[^1];
        Assert.Equal("", end[0]);
        Assert.StartsWith($"End of export: all {paragraphs.Count} paragraphs", end[8], StringComparison.Ordinal);
        Assert.Contains("50,000", end[8], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByDateTheExportIsOrderedLikeThePage()
    {
        var (_, rows) = await Csv("q=thank+OR+harvest+OR+teachers&sort=oldest");

        var dates = rows[1..^1].Select(r => r[1]).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task JsonLinesExportHasOneObjectAParagraphThenTheEnd()
    {
        using var response = await _client.GetAsync(new Uri("/search/export?q=budget+OR+deficit&format=jsonl", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var paragraphs = lines[..^1].Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.All(paragraphs, p => Assert.Equal("2014-07-10-meeting-on-the-economy", p.GetProperty("transcriptId").GetString()));
        Assert.Equal(["Dmitry Medvedev", "Vladimir Putin"], paragraphs.Select(p => p.GetProperty("speaker").GetString()).Order(StringComparer.Ordinal));
        var end = JsonDocument.Parse(lines[^1]).RootElement.GetProperty("end");
        Assert.Equal((2, 2, SearchExportEndpoint.Limit, true), (end.GetProperty("matching").GetInt32(), end.GetProperty("exported").GetInt32(), end.GetProperty("limit").GetInt32(), end.GetProperty("complete").GetBoolean()));
    }

    [Theory]
    [InlineData("/search/export?q=budget")]
    [InlineData("/search/export?q=budget&format=xml")]
    [InlineData("/search/export?format=csv")]
    [InlineData("/search/export?q=budget&format=csv&from=yesterday")]
    public async Task AnExportThatCannotBeMadeAnswersBadRequestWithAReason(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FormatOnTheSearchPageGoesToTheExport()
    {
        using var response = await _client.GetAsync(new Uri("/search?q=budget&format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/search/export?q=budget&format=csv", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheResultsPageLinksBothExportsOfItsSearch()
    {
        var page = await _client.GetStringAsync(new Uri("/search?q=budget&sort=newest", UriKind.Relative));

        Assert.Contains("href=\"/search/export?q=budget&amp;sort=newest&amp;format=csv\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/search/export?q=budget&amp;sort=newest&amp;format=jsonl\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFileIsNamedAfterTheSearch()
    {
        using var response = await _client.GetAsync(new Uri("/search/export?q=%22the+budget%22&format=csv", UriKind.Relative));

        Assert.Equal("search-the-budget.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }
}
