namespace Archive.Import.Speakers;

/// <summary>
/// The one list of words the label and name rules share, so that a fix to how names are read is made once:
/// the small words that stand lower-case inside a name or title, the words that name a role rather than a
/// person, and the titles written before a surname.
/// </summary>
public static class NameWords
{
    /// <summary>Words that may stand lower-case inside a name or title (<c>President of the Republic of Korea</c>, <c>Ben van Beurden</c>).</summary>
    public static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "for", "on", "in", "to", "at", "de", "da", "del", "della", "di", "du", "la", "le",
        "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "e", "&", "a", "an",
    };

    /// <summary>
    /// Words that name a role, not a person (<c>Question</c>, <c>Call centre operator</c>, <c>AUDIENCE MEMBER</c>).
    /// A label made of them is kept as written, but nobody is credited with the words (<see cref="RoleLabels"/>).
    /// </summary>
    public static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Question", "Questions", "Answer", "Answers", "Remark", "Remarks", "Reply", "Replies", "Response", "Responses",
        "Comment", "Comments", "Voice", "Voices", "Audience", "Member", "Members", "Crowd", "Hall", "Moderator",
        "Interpreter", "Translator", "Correspondent", "Journalist", "Reporter", "Reporters", "Participant", "Participants",
        "Operator", "Host", "Hosts", "Presenter", "Anchor", "Announcer", "Speaker", "Volunteer", "Volunteers", "Q", "A",
    };

    /// <summary>Titles written before a surname (<c>MR. KALB</c>, <c>Senator Dole</c>); upper-case, without the full stop.</summary>
    public static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "MR", "MRS", "MS", "DR", "THE", "PRESIDENT", "VICE", "GOVERNOR", "SENATOR", "SECRETARY", "GENERAL", "AMBASSADOR",
        "REP", "SEN", "GOV", "GEN", "CHAIRMAN", "CONGRESSMAN", "CONGRESSWOMAN", "SPEAKER", "LEADER",
    };

    /// <summary>Nouns of office that may follow a title (<c>General Director</c>, <c>Vice Premier</c>): what follows them is not yet a bare name.</summary>
    public static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "Director", "Minister", "Premier", "Secretary", "Chairman", "Chairperson", "Chairwoman", "Governor", "President", "Speaker",
        "Mayor", "Head", "Chief", "Commander", "Prosecutor", "Deputy", "Manager", "Editor", "Officer", "Counsel", "Attorney",
        "Ambassador", "Envoy", "Representative", "Advisor", "Adviser", "Aide", "Chancellor", "Counsellor",
    };

    /// <summary>The word without a trailing full stop: <c>MR.</c> is the title <c>MR</c>.</summary>
    public static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));
}
