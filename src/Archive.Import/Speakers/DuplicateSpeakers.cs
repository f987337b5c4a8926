using System.Text;
using Archive.Search.Querying;

namespace Archive.Import.Speakers;

/// <summary>
/// Finds speaker names that differ only as one person's name is often mistyped: in case, spacing or punctuation
/// (<c>VladimirPUTIN</c>), by a title or office in front (<c>Accounts Chamber Chairperson Tatyana Golikova</c>), by one
/// letter missing, added, changed or two swapped (<c>Vlaidmir Putin</c>, <c>Tatayana Golikova</c>), or by an initial
/// (<c>V. Putin</c>). It proposes; a curator decides, in <c>speakers.tsv</c>. Names under eight letters are not compared
/// letter by letter: there one letter often is another person.
/// </summary>
public static class DuplicateSpeakers
{
    private const int MinTypoLetters = 8;

    /// <summary>The proposals over <paramref name="transcripts"/> (each speaker and the number of transcripts he speaks in: the more frequent name of a pair is proposed as the name), less the pairs the curator has said are two people.</summary>
    public static List<SpeakerVariant> Find(IReadOnlyDictionary<string, int> transcripts, SpeakerAliases aliases)
    {
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byInitialKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in transcripts.Keys)
        {
            var key = Key(name);
            foreach (var deletion in Deletions(key))
            {
                Add(byKey, deletion, name);
            }
            if (InitialKey(name) is { } initial)
            {
                Add(byInitialKey, initial, name);
            }
        }
        var found = new Dictionary<(string, string), SpeakerVariant>();
        foreach (var name in transcripts.Keys)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start < words.Length; start++)
            {
                var core = string.Join(' ', words[start..]);
                if (!char.IsUpper(core[0]) || (start > 0 && words.Length - start < 2))
                {
                    continue;
                }
                var key = Key(core);
                var candidates = new HashSet<string>(StringComparer.Ordinal);
                foreach (var deletion in Deletions(key))
                {
                    if (byKey.TryGetValue(deletion, out var names))
                    {
                        candidates.UnionWith(names);
                    }
                }
                foreach (var other in candidates.Where(o => o != name))
                {
                    var distance = Distance(key, Key(other));
                    if (distance > 1 || (distance == 1 && key.Length < MinTypoLetters))
                    {
                        continue;
                    }
                    var reason = (start > 0 ? "a title in front" : null, distance == 1 ? "one letter" : null) switch
                    {
                        (null, null) => "case, accents, spacing or punctuation",
                        (var t, null) => t,
                        (null, var l) => l,
                        var (t, l) => t + " and " + l,
                    };
                    Propose(found, name, other, start > 0, reason, transcripts, aliases);
                }
                if (start == 0 && words.Length >= 2 && IsInitial(words[0]) && byInitialKey.TryGetValue(FullKey(words), out var full))
                {
                    foreach (var other in full.Where(o => o != name && char.ToUpperInvariant(o[0]) == char.ToUpperInvariant(words[0][0])))
                    {
                        Propose(found, name, other, true, "an initial", transcripts, aliases);
                    }
                }
            }
        }
        return [.. OneNamePerPerson(found.Values, transcripts).OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.Alias, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Pairs that share a name are one group (<c>Vladmir Putin</c>, <c>Vlaidmir Putin</c>, <c>V. Putin</c>): every other name of
    /// the group is proposed as an alias of one name, the most frequent that is not itself a title-and-name form.
    /// </summary>
    private static IEnumerable<SpeakerVariant> OneNamePerPerson(IEnumerable<SpeakerVariant> pairs, IReadOnlyDictionary<string, int> transcripts)
    {
        var pairList = pairs.ToList();
        var group = new Dictionary<string, string>(StringComparer.Ordinal);
        string Root(string n)
        {
            while (group.TryGetValue(n, out var up) && up != n)
            {
                n = up;
            }
            return n;
        }
        foreach (var v in pairList)
        {
            group.TryAdd(v.Alias, v.Alias);
            group.TryAdd(v.Name, v.Name);
            group[Root(v.Alias)] = Root(v.Name);
        }
        // A title-and-name form or an initial is never the name a group is given.
        var longer = pairList.Where(v => v.Reason.StartsWith("a title", StringComparison.Ordinal) || v.Reason == "an initial").Select(v => v.Alias).ToHashSet(StringComparer.Ordinal);
        foreach (var members in group.Keys.GroupBy(Root))
        {
            var candidates = members.Where(m => !longer.Contains(m)).DefaultIfEmpty(members.First());
            var name = candidates.OrderByDescending(m => transcripts[m]).ThenBy(m => m.Length).ThenBy(m => m, StringComparer.Ordinal).First();
            foreach (var alias in members.Where(m => m != name))
            {
                var direct = pairList.FirstOrDefault(v => (v.Alias == alias && v.Name == name) || (v.Alias == name && v.Name == alias));
                var via = pairList.First(v => v.Alias == alias || v.Name == alias);
                yield return new SpeakerVariant(alias, name, direct?.Reason ?? $"{via.Reason} from {(via.Alias == alias ? via.Name : via.Alias)}");
            }
        }
    }

    /// <summary>Records a pair once. <c>longer</c>: the first name is the longer form (a title in front), so the second is the name.</summary>
    private static void Propose(Dictionary<(string, string), SpeakerVariant> found, string a, string b, bool longer, string reason,
        IReadOnlyDictionary<string, int> transcripts, SpeakerAliases aliases)
    {
        var pair = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        if (found.ContainsKey(pair) || aliases.AreDistinct(a, b))
        {
            return;
        }
        // An initial is the shorter form, but the full first name is what a reader should see.
        var (alias, name) = longer ? (a, b)
            : transcripts[a] < transcripts[b] || (transcripts[a] == transcripts[b] && string.CompareOrdinal(a, b) > 0) ? (a, b) : (b, a);
        found[pair] = new SpeakerVariant(alias, name, reason);
    }

    /// <summary>Letters and digits, lower-case: <c>VladimirPUTIN</c>, <c>Vladimir Putin</c> and <c>vladimir-putin</c> are one key.</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
    }

    /// <summary>The edit distance (<see cref="EditDistance"/>), or 2 at once when the lengths differ by more than one.</summary>
    public static int Distance(string a, string b) => Math.Abs(a.Length - b.Length) > 1 ? 2 : EditDistance.Of(a, b);

    private static IEnumerable<string> Deletions(string key)
    {
        yield return key;
        for (var i = 0; i < key.Length; i++)
        {
            yield return key.Remove(i, 1);
        }
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsLetter(word[0]) && word[1] == '.';

    /// <summary>A full name's key without its first name: <c>Vladimir Putin</c> and <c>V. Putin</c> share <c>putin</c> (with the word count).</summary>
    private static string? InitialKey(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !IsInitial(words[0]) && words[0].Length > 2 ? FullKey(words) : null;
    }

    private static string FullKey(string[] words) => words.Length + ":" + Key(string.Join(' ', words[1..]));

    private static void Add(Dictionary<string, List<string>> index, string key, string name)
    {
        if (!index.TryGetValue(key, out var names))
        {
            index[key] = names = [];
        }
        if (names.Count == 0 || names[^1] != name)
        {
            names.Add(name);
        }
    }
}
