namespace Archive.Import.Permalinks;

/// <summary>
/// Gives the paragraphs of a corrected transcript their permanent numbers by matching them to the
/// paragraphs the ledger remembers. Unchanged paragraphs (equal words) are aligned first, as a diff
/// does; between two aligned paragraphs, an old and a new paragraph that share their first or last
/// words are the same paragraph edited or split (the first part keeps the number); two old ones
/// that end up in one new paragraph were merged (the second becomes an alias); what is left is
/// paired in order as rewritten paragraphs. Old paragraphs left over were removed; new ones get
/// numbers above every number the transcript ever used, so a number never changes its meaning.
/// </summary>
public static class ParagraphMatcher
{
    /// <summary>Above this many cells the middle is not diffed (it is all one gap); corrections are local, so this is rare.</summary>
    private const long MaxDiffCells = 4_000_000;

    public static (IReadOnlyList<NumberedParagraph> Paragraphs, IReadOnlyList<int> Removed) Match(
        LedgerEntry old, IReadOnlyList<ParagraphFingerprint> current)
    {
        var previous = old.Paragraphs;
        var numbers = new int[current.Count];
        var aliases = new List<int>[current.Count];
        for (var j = 0; j < current.Count; j++)
        {
            aliases[j] = [];
        }
        var removed = new List<int>(old.Removed);
        var oldUsed = new bool[previous.Count];

        var pairs = AlignUnchanged(previous, current);
        var (oi, nj) = (0, 0);
        foreach (var (po, pn) in pairs.Append((previous.Count, current.Count)))
        {
            MatchGap(previous, current, oi, po, nj, pn, numbers, aliases, oldUsed);
            if (po < previous.Count)
            {
                Take(previous[po], pn, numbers, aliases);
                oldUsed[po] = true;
            }
            (oi, nj) = (po + 1, pn + 1);
        }
        for (var o = 0; o < previous.Count; o++)
        {
            if (!oldUsed[o])
            {
                removed.Add(previous[o].N);
                removed.AddRange(previous[o].Aliases);
            }
        }
        var next = old.NextNumber;
        for (var j = 0; j < current.Count; j++)
        {
            if (numbers[j] == 0)
            {
                numbers[j] = next++;
            }
        }
        removed.Sort();
        var result = new NumberedParagraph[current.Count];
        for (var j = 0; j < current.Count; j++)
        {
            aliases[j].Sort();
            result[j] = new NumberedParagraph(numbers[j], aliases[j].Count == 0 ? [] : [.. aliases[j]]);
        }
        return (result, removed.Distinct().ToList());
    }

    /// <summary>First import: paragraphs are numbered by position.</summary>
    public static IReadOnlyList<NumberedParagraph> Fresh(int count) =>
        [.. Enumerable.Range(1, count).Select(n => new NumberedParagraph(n, []))];

    private static void Take(LedgerParagraph old, int j, int[] numbers, List<int>[] aliases)
    {
        numbers[j] = old.N;
        aliases[j].AddRange(old.Aliases);
    }

    /// <summary>Matches the old paragraphs [o0, o1) to the new [n0, n1), which lie between two unchanged ones.</summary>
    private static void MatchGap(IReadOnlyList<LedgerParagraph> previous, IReadOnlyList<ParagraphFingerprint> current,
        int o0, int o1, int n0, int n1, int[] numbers, List<int>[] aliases, bool[] oldUsed)
    {
        if (o0 >= o1 || n0 >= n1)
        {
            return;
        }
        // Same opening words: the paragraph was edited further on, or split and this is its first part.
        TakeWhere(o0, o1, n0, n1, (o, j) => previous[o].Fingerprint.Head == current[j].Head);
        // Same closing words: edited near the start.
        TakeWhere(o0, o1, n0, n1, (o, j) => previous[o].Fingerprint.Tail == current[j].Tail);
        // An old paragraph whose ending now closes a taken paragraph was merged into it.
        for (var o = o0; o < o1; o++)
        {
            for (var j = n0; j < n1 && !oldUsed[o]; j++)
            {
                if (numbers[j] != 0 && previous[o].Fingerprint.Tail == current[j].Tail)
                {
                    aliases[j].Add(previous[o].N);
                    aliases[j].AddRange(previous[o].Aliases);
                    oldUsed[o] = true;
                }
            }
        }
        // Whatever is left on both sides was rewritten: pair it in order.
        var o2 = o0;
        for (var j = n0; j < n1; j++)
        {
            if (numbers[j] != 0)
            {
                continue;
            }
            while (o2 < o1 && oldUsed[o2])
            {
                o2++;
            }
            if (o2 == o1)
            {
                break;
            }
            Take(previous[o2], j, numbers, aliases);
            oldUsed[o2] = true;
        }

        void TakeWhere(int oa, int ob, int na, int nb, Func<int, int, bool> same)
        {
            for (var j = na; j < nb; j++)
            {
                for (var o = oa; o < ob && numbers[j] == 0; o++)
                {
                    if (!oldUsed[o] && same(o, j))
                    {
                        Take(previous[o], j, numbers, aliases);
                        oldUsed[o] = true;
                    }
                }
            }
        }
    }

    /// <summary>Pairs of (old, new) positions of unchanged paragraphs, in order: a longest common subsequence.</summary>
    private static List<(int Old, int New)> AlignUnchanged(IReadOnlyList<LedgerParagraph> previous, IReadOnlyList<ParagraphFingerprint> current)
    {
        var pairs = new List<(int, int)>();
        var start = 0;
        while (start < previous.Count && start < current.Count && previous[start].Fingerprint.Full == current[start].Full)
        {
            pairs.Add((start, start));
            start++;
        }
        var (oEnd, nEnd) = (previous.Count, current.Count);
        var tail = new List<(int, int)>();
        while (oEnd > start && nEnd > start && previous[oEnd - 1].Fingerprint.Full == current[nEnd - 1].Full)
        {
            oEnd--;
            nEnd--;
            tail.Add((oEnd, nEnd));
        }
        var (a, b) = (oEnd - start, nEnd - start);
        if (a > 0 && b > 0 && (long)a * b <= MaxDiffCells)
        {
            // lengths[i, j]: longest common run of previous[start + i..] and current[start + j..].
            var lengths = new int[a + 1, b + 1];
            for (var i = a - 1; i >= 0; i--)
            {
                for (var j = b - 1; j >= 0; j--)
                {
                    lengths[i, j] = previous[start + i].Fingerprint.Full == current[start + j].Full
                        ? lengths[i + 1, j + 1] + 1
                        : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
                }
            }
            var (x, y) = (0, 0);
            while (x < a && y < b)
            {
                if (previous[start + x].Fingerprint.Full == current[start + y].Full)
                {
                    pairs.Add((start + x, start + y));
                    x++;
                    y++;
                }
                else if (lengths[x + 1, y] >= lengths[x, y + 1])
                {
                    x++;
                }
                else
                {
                    y++;
                }
            }
        }
        tail.Reverse();
        pairs.AddRange(tail);
        return pairs;
    }
}
