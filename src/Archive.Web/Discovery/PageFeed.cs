namespace Archive.Web.Discovery;

/// <summary>The Atom feed that follows a page, as its head links it.</summary>
public sealed record PageFeed(string Path, string Title);
