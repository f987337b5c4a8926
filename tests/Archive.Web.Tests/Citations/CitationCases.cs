using Archive.Records;
using Archive.Web.Tests.Collections;

namespace Archive.Web.Tests.Citations;

/// <summary>
/// Transcripts of each collection, shaped as their importers write them, and the paragraph or
/// whole transcript each golden citation cites: who speaks, who is named for narration or an
/// unlabelled turn, and who publishes.
/// </summary>
internal static class CitationCases
{
    private static readonly CollectionInfo Local = new() { Id = CollectionInfo.LocalId, Name = "Local content", Publisher = "", Licence = "Not stated" };

    private static readonly Transcript KremlinMeeting = Make(
        "Meeting with Government members", new DateOnly(2019, 7, 3), "President of Russia", "kremlin", "http://en.kremlin.ru/events/president/news/60895",
        (null, "The President held a meeting with Government members via videoconference."),
        ("Vladimir Putin", "Good afternoon, colleagues. Let us begin with the situation in the regions."),
        ("Tatyana Golikova", "Mr President, colleagues, the number of cases has fallen for the third week."));

    private static readonly Transcript MillerSpeech = Make(
        "Second Inaugural Address", new DateOnly(1793, 3, 4), "George Washington", "miller-center", "https://millercenter.org/the-presidency/presidential-speeches/march-4-1793-second-inaugural-address",
        ("George Washington", "Fellow-Citizens: I am again called upon by the voice of my Country to execute the functions of its Chief Magistrate."),
        ("George Washington", "Previous to the execution of any official act of the President the Constitution requires an oath of office."));

    // Turns the source does not label: left unattributed, they must not be cited as the president's.
    private static readonly Transcript MillerDebate = Make(
        "Presidential Debate with Gerald Ford (Domestic Issues)", new DateOnly(1976, 9, 23), "Jimmy Carter", "miller-center", "https://millercenter.org/the-presidency/presidential-speeches/september-23-1976-debate-president-gerald-ford-domestic-issues",
        (null, "I am Edwin Newman, moderator of this first debate of the 1976 campaign."),
        (null, "We thank you, President Ford, and we thank you, Governor Carter, for being with us tonight."));

    private static readonly Transcript LocalMeeting = Make(
        "Meeting with librarians", new DateOnly(2016, 5, 12), "City Library", CollectionInfo.LocalId, null,
        ("Anna Petrova", "Welcome to the reading room. We open at nine."),
        ("Boris Ivanov", "The new catalogue is finished & {indexed}."));

    /// <summary>Each case: its name (the expected files' prefix), the transcript, the paragraph cited (or none) and the collection.</summary>
    public static IReadOnlyList<(string Name, Transcript Transcript, int? Paragraph, CollectionInfo Collection)> All { get; } =
    [
        ("kremlin-paragraph", KremlinMeeting, 2, CollectedImport.Kremlin),
        ("kremlin-narration", KremlinMeeting, 1, CollectedImport.Kremlin),
        ("kremlin-transcript", KremlinMeeting, null, CollectedImport.Kremlin),
        ("miller-paragraph", MillerSpeech, 1, CollectedImport.MillerCenter),
        ("miller-transcript", MillerSpeech, null, CollectedImport.MillerCenter),
        ("miller-unattributed", MillerDebate, 2, CollectedImport.MillerCenter),
        ("miller-debate-transcript", MillerDebate, null, CollectedImport.MillerCenter),
        ("local-paragraph", LocalMeeting, 2, Local),
        ("local-transcript", LocalMeeting, null, Local),
        // Imported before collections: local, with the president as source and no publisher to name.
        ("miller-before-collections", MillerSpeech with { Collection = CollectionInfo.LocalId, SourceUrl = null }, 2, Local),
    ];

    /// <summary>The format each collection's files are in here, as their readers name it.</summary>
    private static string FormatOf(string collection) => collection switch
    {
        "kremlin" => "kremlin-html",
        "miller-center" => "miller-center",
        _ => "plain-text",
    };

    private static Transcript Make(string title, DateOnly date, string source, string collection, string? sourceUrl, params (string? Speaker, string Text)[] paragraphs)
    {
        var slug = TranscriptIds.Slug(title);
        return new Transcript
        {
            Id = TranscriptIds.Id(date, slug),
            Url = TranscriptIds.Url(date, slug),
            Title = title,
            Date = date,
            Source = source,
            Collection = collection,
            SourceUrl = sourceUrl,
            Paragraphs = [.. paragraphs.Select((p, i) => new Paragraph { N = i + 1, Speaker = p.Speaker, Text = p.Text })],
            Provenance = new Provenance { File = slug + ".txt", Sha256 = new string('0', 64), Format = FormatOf(collection) },
        };
    }
}
