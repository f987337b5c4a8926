namespace Archive.Web.Data;

/// <summary>A Markdown page as HTML, with its title (its first heading) and description (its first paragraph, as text).</summary>
public sealed record RenderedPage(string Title, string Html, string Description);
