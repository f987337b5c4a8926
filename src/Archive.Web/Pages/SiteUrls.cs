using System.Globalization;

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

    /// <summary>The absolute form of a site path, at the site's public address.</summary>
    public static string Absolute(HttpRequest request, string path) => PublicAddress.Of(request, path);
}
