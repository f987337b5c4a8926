using System.Text;
using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Corpus;

/// <summary>A real en.kremlin.ru page with one byte damaged, as a bad disk or a careless transfer leaves it.</summary>
public sealed class DamagedPageTests : IDisposable
{
    private const string Page = "news/7506.html";
    private readonly TempDir _temp = new();

    [Fact]
    public void OneBadByteIsReplacedAndReportedAndEveryOtherCharacterIsKept()
    {
        var original = File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "kremlin-en-html", Page));
        // The R of "Russia’s long-term interests" becomes 0xE3, the lead byte of a three-byte character with no
        // continuation: invalid UTF-8 in a page full of valid no-break spaces and curly quotes.
        var at = IndexOf(original, Encoding.UTF8.GetBytes("Russia’s long-term interests"));
        var damaged = original.ToArray();
        damaged[at] = 0xE3;
        _temp.Write("clean/" + Page, original);
        _temp.Write("damaged/" + Page, damaged);

        var clean = ImportOne("clean");
        var report = new ContentImporter(new ImportOptions(_temp.Combine("damaged"), _temp.Combine("out")), TextWriter.Null).Run();

        Assert.Empty(report.Problems);
        var line = original.AsSpan(0, at).Count((byte)'\n') + 1;
        var expected = $"{Page}:{line}: invalid UTF-8 byte 0xE3, replaced";
        Assert.Equal([expected], report.Warnings.Where(w => w.Contains("UTF-8", StringComparison.Ordinal)));
        Assert.Contains("warning: " + expected, File.ReadAllLines(Path.Combine(_temp.Combine("out"), ContentImporter.LogFile)));
        var record = RecordsFile.ReadAll(_temp.Combine("out")).Single();
        Assert.Equal(
            clean.Paragraphs.Select(p => p.Text.Replace("Russia’s long-term", "\uFFFDussia’s long-term", StringComparison.Ordinal)),
            record.Paragraphs.Select(p => p.Text));
        Assert.Equal((clean.Title, clean.Summary), (record.Title, record.Summary));
        var json = File.ReadAllText(Path.Combine(_temp.Combine("out"), DataLayout.Records));
        Assert.DoesNotContain("â€", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Â", json, StringComparison.Ordinal);
    }

    private Transcript ImportOne(string folder)
    {
        var report = new ContentImporter(new ImportOptions(_temp.Combine(folder), _temp.Combine(folder + "-out")), TextWriter.Null).Run();
        Assert.DoesNotContain(report.Warnings, w => w.Contains("UTF-8", StringComparison.Ordinal));
        return RecordsFile.ReadAll(_temp.Combine(folder + "-out")).Single();
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        var at = haystack.AsSpan().IndexOf(needle);
        Assert.True(at > 0, "the page no longer holds the words this test damages");
        return at;
    }

    public void Dispose() => _temp.Dispose();
}
