using System.Globalization;
using Archive.Web.Hosting;

namespace Archive.Web.Pages;

/// <summary>The permanent short addresses and their absolute forms.</summary>
public static class SiteUrls
{
    /// <summary><c>/d/{shortId}</c> or <c>/d/{shortId}/{n}</c>: redirects to the transcript (and paragraph).</summary>
    public static string Short(string shortId, int? n = null) =>
        "/d/" + shortId + (n is { } k ? "/" + k.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary><c>/cite/{shortId}</c> or <c>/cite/{shortId}/{n}</c>: the citation page.</summary>
    public static string Cite(string shortId, int? n = null) =>
        "/cite/" + shortId + (n is { } k ? "/" + k.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>
    /// The absolute address of a path at the configured public address (<see cref="PublicAddress"/>), never
    /// the request's Host header. Code that is not a page should be given <see cref="PublicAddress"/> itself.
    /// </summary>
    public static string Absolute(HttpRequest request, string path) =>
        request.HttpContext.RequestServices.GetRequiredService<PublicAddress>().Absolute(path);

    /// <summary>The site's public root, such as <c>https://archive.example.org</c>, without a trailing slash.</summary>
    public static string Root(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<PublicAddress>().Base;
}
