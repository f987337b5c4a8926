namespace Archive.Web.Data;

public sealed record RenderedPage(string Title, string Html);
