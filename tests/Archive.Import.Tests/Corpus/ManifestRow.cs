namespace Archive.Import.Tests.Corpus;

/// <summary>One line of the corpus's MANIFEST.tsv (written by whoever collected the pages, not by the importer).</summary>
internal sealed record ManifestRow(string File, string SourcePath, string DatetimeAttr, string Place, string Title, int BoldLabelParagraphs)
{
    /// <summary>
    /// The page's address on en.kremlin.ru, from where the mirror saved it (SOURCE.txt: "Original URL:
    /// http://en.kremlin.ru/events/president/news/&lt;ID&gt;"), worked out without reading the page.
    /// </summary>
    public string OriginalUrl => OriginalUrlOf(SourcePath);

    public static string OriginalUrlOf(string sourcePath) => "http://" + sourcePath["var/extract/".Length..^".html".Length];

    public static Dictionary<string, ManifestRow> Load(string path) =>
        System.IO.File.ReadLines(path).Skip(1).Select(line => line.Split('\t')).Select(c => new ManifestRow(
            c[0], c[1], c[3], c[4], c[5], int.Parse(c[7], System.Globalization.CultureInfo.InvariantCulture))).ToDictionary(r => r.File, StringComparer.Ordinal);
}
