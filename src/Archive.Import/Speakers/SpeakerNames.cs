using Archive.Records;

namespace Archive.Import.Speakers;

/// <summary>
/// Gives one person one speaker name across labels: "President of Russia Vladimir Putin" and "Vladimir Putin"
/// become the speaker "Vladimir Putin", and the label as written is kept in <see cref="Paragraph.Label"/>.
/// The rule, in docs/import-rules.md ("Speaker names"), is deliberately narrow: a wrong merge is worse than a split.
/// </summary>
public static class SpeakerNames
{
    /// <summary>Offices that the corpora write before a name; a label is shortened only after one of these.</summary>
    public static readonly IReadOnlyList<string> Offices =
    [
        "Chairman of the Federation of Independent Trade Unions of Russia",
        "Defence Minister",
        "Deputy Prime Minister",
        "Economic Development Minister",
        "Emergencies Minister",
        "Energy Minister",
        "FIFA President",
        "Federal Chancellor of Germany",
        "Finance Minister",
        "Foreign Minister",
        "Gazprom CEO",
        "Governor of the Central Bank",
        "Healthcare Minister",
        "Human Rights Commissioner",
        "Minister of Culture",
        "Minister of Economic Development",
        "Minister of Energy",
        "Minister of Healthcare",
        "Minister of Industry and Trade",
        "Minister of Natural Resources and Environment",
        "Minister of Sport",
        "Moscow Mayor",
        "President of Belarus",
        "President of Iran",
        "President of Kazakhstan",
        "President of Kyrgyzstan",
        "President of Russia",
        "President of Turkey",
        "President of Uzbekistan",
        "President of the Islamic Republic of Iran",
        "President of the Kyrgyz Republic",
        "President of the People’s Republic of China",
        "President of the Republic of Belarus",
        "President of the Republic of Turkey",
        "Prime Minister",
        "Prime Minister of Hungary",
        "Prime Minister of India",
        "Prime Minister of Israel",
        "Prime Minister of Russia",
        "Russian Direct Investment Fund CEO",
        "Sports Minister",
        "State Duma Speaker",
        "Transport Minister",
        "Vice President of the Russian Academy of Sciences",
    ];

    /// <summary>Every labelled paragraph gets the name of the person its label names (<see cref="NameOf(string, IReadOnlySet{string})"/>), then the curator's alias.</summary>
    public static IReadOnlyList<Paragraph> Resolve(IReadOnlyList<Paragraph> paragraphs, SpeakerAliases? aliases = null)
    {
        aliases ??= SpeakerAliases.None;
        // A paragraph that already has a label was named by its reader (Miller's "THE PRESIDENT" is the president's
        // name) or is a role with no speaker; only the curator's alias applies to it.
        var labels = paragraphs.Where(p => p.Label is null && p.Speaker is not null).Select(p => p.Speaker!).ToHashSet(StringComparer.Ordinal);
        var forms = labels.ToDictionary(l => l, NameForm.Normalise, StringComparer.Ordinal);
        var formSet = forms.Values.ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, form) in forms)
        {
            var name = NameOf(form, formSet) ?? form;
            name = aliases.NameOf(name) ?? aliases.NameOf(label) ?? name;
            if (name != label)
            {
                names[label] = name;
            }
        }
        if (names.Count == 0 && aliases.Count == 0)
        {
            return paragraphs;
        }
        return paragraphs.Select(p => p switch
        {
            { Label: null, Speaker: { } label } when names.TryGetValue(label, out var name) => p with { Speaker = name, Label = label },
            { Label: not null, Speaker: { } speaker } when aliases.NameOf(speaker) is { } alias => p with { Speaker = alias },
            _ => p,
        }).ToList();
    }

    /// <summary>The person a label names, or null when the label is to stay the speaker.</summary>
    public static string? NameOf(string label, IReadOnlySet<string> transcriptLabels)
    {
        // 1. The transcript itself shortens the label: the shortest name of two or more words it ends with.
        string? shortest = null;
        foreach (var other in transcriptLabels)
        {
            if (other.Length < label.Length && label.EndsWith(" " + other, StringComparison.Ordinal) && IsName(other, 2, int.MaxValue)
                && (shortest is null || other.Length < shortest.Length))
            {
                shortest = other;
            }
        }
        if (shortest is not null)
        {
            return shortest;
        }
        // 2. Titles before a full name: "Senator Bob Dole" is Bob Dole; "Mr. Kalb" keeps his title, a surname alone says too little.
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titles = words.TakeWhile(NameWords.IsTitle).Count();
        var core = string.Join(' ', words.Skip(titles));
        if (titles > 0 && IsName(core, 2, 3) && !NameWords.Offices.Contains(words[titles]))
        {
            return core;
        }
        // 3. A surname that ends exactly one full name of the transcript: "LEHRER" beside "JIM LEHRER", "Putin" beside
        //    "Vladimir Putin", "Senator Dole" beside "Senator Bob Dole".
        if (titles < words.Length && words.Length - titles == 1)
        {
            // A title must be the same: "Governor Ivanov" is not thereby "Sergei Ivanov".
            var title = Titles(label);
            var fullNames = transcriptLabels.Select(o => (Label: o, Core: Core(o))).Where(o => o.Label != label && IsName(o.Core, 2, 4)
                && o.Core.EndsWith(" " + core, StringComparison.Ordinal) && (title.Length == 0 || Titles(o.Label).Equals(title, StringComparison.OrdinalIgnoreCase)))
                .Select(o => o.Core).Distinct().ToList();
            if (fullNames.Count == 1)
            {
                return fullNames[0];
            }
        }
        // 4. An office the corpora write before names, then a name.
        foreach (var office in Offices)
        {
            if (label.Length > office.Length + 1 && label.StartsWith(office + " ", StringComparison.Ordinal)
                && label[(office.Length + 1)..] is var rest && IsName(rest, 2, 4))
            {
                return rest;
            }
        }
        return null;
    }

    private static string Titles(string label) => string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(NameWords.IsTitle).Select(t => t.TrimEnd('.')));

    /// <summary>The label without the titles in front of it: <c>Senator Bob Dole</c> is <c>Bob Dole</c>.</summary>
    private static string Core(string label) => string.Join(' ', label.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(NameWords.IsTitle));

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> words, each starting with a capital letter.</summary>
    private static bool IsName(string text, int min, int max)
    {
        var words = text.Split(' ');
        return words.Length >= min && words.Length <= max && words.All(w => w.Length > 0 && char.IsUpper(w[0]));
    }
}
