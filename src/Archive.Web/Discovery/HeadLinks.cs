using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Archive.Web.Discovery;

/// <summary>
/// What a page tells the layout to link in its head (<c>_HeadLinks</c>): its JSON twin under /api and
/// the feed that follows it, both as <c>rel="alternate"</c>.
/// </summary>
public static class HeadLinks
{
    private const string JsonKey = "HeadLinks.Json";
    private const string FeedKey = "HeadLinks.Feed";

    public static void SetJsonTwin(this ViewDataDictionary viewData, string path) => viewData[JsonKey] = path;

    public static void SetFeed(this ViewDataDictionary viewData, string path, string title) => viewData[FeedKey] = new PageFeed(path, title);

    public static string? JsonTwin(this ViewDataDictionary viewData) => viewData[JsonKey] as string;

    public static PageFeed? Feed(this ViewDataDictionary viewData) => viewData[FeedKey] as PageFeed;
}
