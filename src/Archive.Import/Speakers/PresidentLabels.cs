namespace Archive.Import.Speakers;

/// <summary>
/// The labels by which a transcript names the president it belongs to: <c>THE PRESIDENT</c>,
/// <c>President Bush</c>, <c>GOVERNOR REAGAN</c> (in his own debates), <c>TRUMP</c>, his full name. Such a turn is
/// given the president's name, so one speaker is not listed under three spellings.
/// </summary>
public sealed class PresidentLabels(string president)
{
    private static readonly string[] Titles = ["PRESIDENT", "THE PRESIDENT", "MR.", "MR", "GOVERNOR", "SENATOR", "VICE PRESIDENT"];

    private readonly string _name = president.ToUpperInvariant();
    private readonly string _surname = Surname(president).ToUpperInvariant();

    public bool IsPresident(string label)
    {
        var upper = label.ToUpperInvariant();
        if (upper is "THE PRESIDENT" or "PRESIDENT" || upper == _name || upper == _surname)
        {
            return true;
        }
        foreach (var title in Titles)
        {
            if (upper.Length == title.Length + 1 + _surname.Length && upper.StartsWith(title + " ", StringComparison.Ordinal)
                && upper.EndsWith(_surname, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[^1].TrimEnd('.') is "Jr" or "Sr" ? words[^2].TrimEnd(',') : words[^1];
    }
}
