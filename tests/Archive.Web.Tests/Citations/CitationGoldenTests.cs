using Archive.Tests;
using Archive.Web.Citations;

namespace Archive.Web.Tests.Citations;

/// <summary>
/// Every citation style for every case of <see cref="CitationCases"/>, compared with
/// <c>Expected/&lt;case&gt;.&lt;style&gt;.txt</c>. To accept a deliberate change, run with
/// ARCHIVE_UPDATE_GOLDEN=1 and read the diff before committing.
/// </summary>
public sealed class CitationGoldenTests
{
    private static readonly string ExpectedDir = Path.Combine(RepoPaths.Root, "tests", "Archive.Web.Tests", "Citations", "Expected");

    private static readonly Dictionary<string, Func<CitedWork, string>> Styles = new(StringComparer.Ordinal)
    {
        ["chicago"] = CitationFormatter.Chicago,
        ["apa"] = CitationFormatter.Apa,
        ["bibtex"] = CitationFormatter.BibTex,
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in CitationCases.All)
        {
            foreach (var style in Styles.Keys)
            {
                data.Add(c.Name, style);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CitationIsItsExpectedText(string name, string style)
    {
        var c = CitationCases.All.Single(x => x.Name == name);
        var paragraph = c.Paragraph is { } n ? c.Transcript.Paragraphs.Single(p => p.N == n) : null;
        var permalink = "https://archive.example/d/k3x9q2" + (paragraph is null ? "" : "/" + paragraph.N);
        var work = CitedWork.Of(c.Transcript, paragraph, c.Collection, permalink, new DateOnly(2031, 2, 3));
        var actual = Styles[style](work) + "\n";

        var expectedPath = Path.Combine(ExpectedDir, $"{name}.{style}.txt");
        if (Environment.GetEnvironmentVariable("ARCHIVE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with ARCHIVE_UPDATE_GOLDEN=1 to create it, then read it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void NoCitationNamesAPresidentAsPublisher()
    {
        foreach (var c in CitationCases.All.Where(c => c.Collection.Id == "miller-center"))
        {
            var work = CitedWork.Of(c.Transcript, null, c.Collection, "https://archive.example/d/k3x9q2", new DateOnly(2031, 2, 3));
            Assert.Equal("Miller Center, University of Virginia", work.Publisher);
            Assert.DoesNotContain("howpublished = {" + c.Transcript.Source, CitationFormatter.BibTex(work), StringComparison.Ordinal);
        }
    }
}
