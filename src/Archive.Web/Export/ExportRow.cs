namespace Archive.Web.Export;

/// <summary>One line of a JSON Lines export, and the columns of a CSV one, in this order.</summary>
public sealed record ExportRow(
    string TranscriptId,
    string Date,
    string Title,
    string? Venue,
    string? Speaker,
    int Paragraph,
    string Permalink,
    string? SourceUrl,
    string Text)
{
    /// <summary>The CSV header: the fields above in snake case.</summary>
    public static readonly string[] Columns = ["transcript_id", "date", "title", "venue", "speaker", "paragraph", "permalink", "source_url", "text"];

    public string?[] Fields() =>
        [TranscriptId, Date, Title, Venue, Speaker, Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture), Permalink, SourceUrl, Text];
}
