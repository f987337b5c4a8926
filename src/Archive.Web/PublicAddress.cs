namespace Archive.Web;

/// <summary>
/// The site's address as the outside world writes it, for every absolute URL the site hands out
/// (feeds, sitemaps, OpenSearch, canonical and share links). For now it is the address the request
/// came to; a configured public address replaces it here, in one place.
/// </summary>
public static class PublicAddress
{
    /// <summary>The site's root, such as <c>https://archive.example</c>, without a trailing slash.</summary>
    public static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>An absolute URL for a site path such as <c>/2014/07/10/…</c>.</summary>
    public static string Of(HttpRequest request, string path) => Root(request) + path;
}
