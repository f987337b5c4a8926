using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests;

internal static class PageReader
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(int Status, IDocument Document)> GetPage(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, Parser.ParseDocument(html));
    }
}
