using Archive.Import.Speakers;

namespace Archive.Import.Tests.Speakers;

public sealed class DuplicateSpeakersTests
{
    private static readonly Dictionary<string, int> Kremlin = new(StringComparer.Ordinal)
    {
        ["Vladimir Putin"] = 1228,
        ["Vladmir Putin"] = 1,
        ["Vlaidmir Putin"] = 1,
        ["V. Putin"] = 1,
        ["Russian President Vladimir Putin"] = 1,
        ["Tatyana Golikova"] = 12,
        ["Tatayana Golikova"] = 1,
        ["Tatiana Golikova"] = 1,
        ["Accounts Chamber Chairperson Tatyana Golikova"] = 1,
        ["Sauli Niinistö"] = 1,
        ["Sauli Niinisto"] = 2,
        ["Alexander Kozlov"] = 3,
        ["Alexandra Kozlova"] = 1,
        ["Alina"] = 1,
        ["Alisa"] = 1,
    };

    [Fact]
    public void EachVariantIsProposedAsAnAliasOfTheMostFrequentPlainName()
    {
        var proposals = DuplicateSpeakers.Find(Kremlin, SpeakerAliases.None).ToDictionary(v => v.Alias, v => v.Name);

        Assert.Equal(new Dictionary<string, string>
        {
            ["Vladmir Putin"] = "Vladimir Putin",
            ["Vlaidmir Putin"] = "Vladimir Putin",
            ["V. Putin"] = "Vladimir Putin",
            ["Russian President Vladimir Putin"] = "Vladimir Putin",
            ["Tatayana Golikova"] = "Tatyana Golikova",
            ["Tatiana Golikova"] = "Tatyana Golikova",
            ["Accounts Chamber Chairperson Tatyana Golikova"] = "Tatyana Golikova",
            ["Sauli Niinistö"] = "Sauli Niinisto",
        }, proposals);
    }

    [Fact]
    public void NamesTheCuratorMarkedAsTwoPeopleAreNotProposed()
    {
        using var temp = new Archive.Tests.TempDir();
        var path = temp.Combine(SpeakerAliases.FileName);
        File.WriteAllText(path, "Sauli Niinistö\t!Sauli Niinisto\n");

        var proposals = DuplicateSpeakers.Find(Kremlin, SpeakerAliases.Load([path], []));

        Assert.DoesNotContain(proposals, v => v.Alias == "Sauli Niinistö");
    }
}
