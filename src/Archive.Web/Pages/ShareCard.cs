namespace Archive.Web.Pages;

/// <summary>What a shared link previews (OpenGraph and Twitter card tags): for a paragraph, its quotation.</summary>
public sealed record ShareCard(string Title, string Description, string Url)
{
    /// <summary>Previews cut long text; cut it at a word so the quotation reads cleanly.</summary>
    public static string Clip(string text, int max = 300)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)] + "…";
    }
}
