using Archive.Import;
using Archive.Tests;

namespace Archive.Web.Tests;

/// <summary>
/// The site over five transcripts on four days in two years, at two venues (one spelled two ways)
/// and with named speakers (one named once with his office): enough to see counts, calendars, neighbours and facets.
/// </summary>
public sealed class BrowseSiteFactory : DataSiteFactory
{
    public const string Seed = "/2014/07/10/meeting-with-heads-of-security-and-intelligence-services-of-cis-states";
    public const string Economy = "/2014/07/10/meeting-on-the-economy";
    public const string Press = "/2014/07/25/press-conference-on-the-harvest";
    public const string Address = "/2014/09/01/address-to-teachers";
    public const string Students = "/2015/03/03/meeting-with-students";

    private readonly TempDir _temp;

    public BrowseSiteFactory() : this(new TempDir())
    {
    }

    private BrowseSiteFactory(TempDir temp) : base(temp.Combine("out"))
    {
        _temp = temp;
        temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        temp.Write("content/transcripts/economy.txt", Transcript("Meeting on the economy", "July 10, 2014", "The Kremlin, Moscow",
            "Vladimir Putin: Good afternoon, colleagues. Let us begin with the budget.",
            "Dmitry Medvedev: Thank you, Mr President. The deficit is smaller than planned."));
        temp.Write("content/transcripts/press.txt", Transcript("Press conference on the harvest", "July 25, 2014", "Novo-Ogaryovo, Moscow Region",
            "President of Russia Vladimir Putin: The harvest this year is a good one.",
            "Question: Will grain exports grow?"));
        temp.Write("content/transcripts/address.txt", Transcript("Address to teachers", "September 1, 2014", "The Kremlin, Moscow",
            "Teachers shape the country's future, and today we thank them.",
            "Happy Knowledge Day to every pupil and every teacher."));
        temp.Write("content/transcripts/students.txt", Transcript("Meeting with students", "March 3, 2015", "Novo-Ogaryovo, Moscow region",
            "Students asked about science, sport and the future of their universities.",
            "The meeting lasted more than two hours."));
        var report = new ContentImporter(new ImportOptions(temp.Combine("content"), DataDir), TextWriter.Null).Run();
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', report.Problems));
        }
    }

    private static string Transcript(string title, string date, string venue, params string[] paragraphs) =>
        $"{title}\n\nPresident of Russia | {date}\n\n{string.Join("\n\n", paragraphs)}\n\n\n{venue}\n";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _temp.Dispose();
        }
    }
}
