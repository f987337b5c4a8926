namespace Archive.Import.Speakers;

/// <summary>
/// A label that names a role, not a person: <c>Question</c>, <c>Q</c>, <c>Remark</c>, <c>Response from the hall</c>,
/// <c>Question from Perm Territory</c>, <c>Call centre operator</c>, <c>AUDIENCE MEMBER</c>, <c>THE MODERATOR</c>. Such a
/// turn has no speaker; the label is kept as written, so a reader still sees who asked, and no role is listed as a person.
/// </summary>
public static class RoleLabels
{
    public static bool IsRole(string label)
    {
        // "Sports commentator Dmitry Guberniyev, ceremony moderator" names the person before the comma.
        if (label.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }
        var from = label.IndexOf(" from ", StringComparison.OrdinalIgnoreCase);
        var words = (from > 0 ? label[..from] : label).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0].Equals("The", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(0);
        }
        if (words.Count == 0 || words.Count > 4 || !NameWords.Roles.Contains(words[^1].TrimEnd('.')))
        {
            return false;
        }
        // Every word before the role word is a role word too, or an ordinary lower-case word ("Call centre operator");
        // a capitalised word there is a name ("State Duma Speaker", "Senior Moderator Ivanov" ends in a name anyway).
        return words.Take(words.Count - 1).Select((w, i) => (w, i)).All(x =>
            NameWords.Roles.Contains(x.w) || x.i == 0 || !char.IsUpper(x.w[0]));
    }
}
