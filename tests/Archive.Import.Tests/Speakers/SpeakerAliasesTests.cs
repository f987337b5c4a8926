using Archive.Import.Speakers;
using Archive.Records;
using Archive.Tests;

namespace Archive.Import.Tests.Speakers;

public sealed class SpeakerAliasesTests
{
    [Fact]
    public void AnAliasFileMergesNamesFollowsChainsAndRecordsDistinctPeople()
    {
        using var temp = new TempDir();
        var path = temp.Combine(SpeakerAliases.FileName);
        File.WriteAllText(path, "# reviewed\nVlaidmir Putin\tVladmir Putin  # a typo of a typo\nVladmir Putin\tVladimir Putin\n\nAndrei Sergeyev\t!Head of Police Andrei Sergeyev\n");
        var problems = new List<ImportProblem>();

        var aliases = SpeakerAliases.Load([path], problems);

        Assert.Empty(problems);
        Assert.Equal("Vladimir Putin", aliases.NameOf("Vlaidmir Putin"));
        Assert.Null(aliases.NameOf("Vladimir Putin"));
        Assert.True(aliases.AreDistinct("Head of Police Andrei Sergeyev", "Andrei Sergeyev"));
    }

    [Fact]
    public void ALineThatIsNoAliasIsAProblemNamingItsLine()
    {
        using var temp = new TempDir();
        var path = temp.Combine(SpeakerAliases.FileName);
        File.WriteAllText(path, "Vladmir Putin\tVladimir Putin\nVladmir Putin Vladimir Putin\n");
        var problems = new List<ImportProblem>();

        SpeakerAliases.Load([path], problems);

        Assert.Equal(2, Assert.Single(problems).Line);
    }

    [Fact]
    public void TheContentFoldersAliasesReachTheRecords()
    {
        using var temp = new TempDir();
        var content = temp.Combine("content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "a.md"), "---\ntitle: A\ndate: 2014-07-10\nsource: President of Russia\n---\n\n**Vlaidmir Putin:** Good afternoon.\n\n**Question:** Thank you.\n");
        File.WriteAllText(Path.Combine(content, SpeakerAliases.FileName), "Vlaidmir Putin\tVladimir Putin\n");

        var report = new ContentImporter(new ImportOptions(content, temp.Combine("out")), TextWriter.Null).Run();

        Assert.True(report.Published);
        var record = Assert.Single(RecordsFile.ReadAll(temp.Combine("out")));
        Assert.Equal(("Vladimir Putin", "Vlaidmir Putin"), (record.Paragraphs[0].Speaker, record.Paragraphs[0].Label));
        Assert.Equal((null, "Question"), (record.Paragraphs[1].Speaker, record.Paragraphs[1].Label));
        Assert.True(File.Exists(temp.Combine("out", SpeakerReport.FileName)));
    }
}
