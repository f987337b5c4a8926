using Archive.Import.Speakers;

namespace Archive.Import.Tests.Speakers;

public sealed class PresidentLabelsTests
{
    [Fact]
    public void ThePresidentIsWhoeverHeldTheOfficeThatDay()
    {
        var ford = new PresidentLabels("Jimmy Carter", new DateOnly(1976, 9, 23));
        Assert.Equal("Gerald Ford", ford.NameOf("THE PRESIDENT"));
        Assert.Equal("Jimmy Carter", ford.NameOf("MR. CARTER"));

        var carter = new PresidentLabels("Jimmy Carter", new DateOnly(1980, 10, 28));
        Assert.Equal("Jimmy Carter", carter.NameOf("THE PRESIDENT"));
        Assert.Equal("Ronald Reagan", carter.NameOf("GOVERNOR REAGAN"));
    }

    [Fact]
    public void ASurnameNamesThePresidentOfTheFileFirst()
    {
        var labels = new PresidentLabels("George H. W. Bush", new DateOnly(1988, 9, 25));
        Assert.Equal("George H. W. Bush", labels.NameOf("BUSH"));
        Assert.Null(labels.NameOf("DUKAKIS"));
        Assert.Null(labels.NameOf("THE VICE PRESIDENT"));
    }
}
