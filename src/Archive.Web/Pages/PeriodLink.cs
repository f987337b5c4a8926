namespace Archive.Web.Pages;

/// <summary>A link to a neighbouring year, month or day, as the previous/next navigation shows it.</summary>
public sealed record PeriodLink(string Url, string Label);
