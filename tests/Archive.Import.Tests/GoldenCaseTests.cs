using System.Text;
using Archive.Records;

namespace Archive.Import.Tests;

/// <summary>
/// Every <c>Cases/&lt;name&gt;.&lt;ext&gt;</c> is imported and compared with <c>&lt;name&gt;.expected.json</c>.
/// To accept a deliberate change, run with ARCHIVE_UPDATE_GOLDEN=1 and read the diff before committing.
/// </summary>
public sealed class GoldenCaseTests
{
    private static readonly string CasesDir = Path.Combine(AppContext.BaseDirectory, "Cases");
    private static readonly string SourceCasesDir = Path.Combine(Archive.Tests.RepoPaths.Root, "tests", "Archive.Import.Tests", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(CasesDir).Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaseImportsToItsExpectedRecord(string caseFile)
    {
        var file = SourceFile.Load(CasesDir, Path.Combine(CasesDir, caseFile));
        var reader = ReaderRegistry.For(file);
        Assert.NotNull(reader);
        var record = RecordAssembler.Assemble(reader.Read(file), file, reader.Format, []);
        var actual = Serialize(record);

        var expectedPath = Path.Combine(SourceCasesDir, Path.GetFileNameWithoutExtension(caseFile) + ".expected.json");
        if (Environment.GetEnvironmentVariable("ARCHIVE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with ARCHIVE_UPDATE_GOLDEN=1 to create it, then read it.");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    private static string Serialize(Transcript record)
    {
        using var stream = new MemoryStream();
        RecordJson.Write(stream, record);
        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
