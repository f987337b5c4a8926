using Archive.Import.Permalinks;

namespace Archive.Import.Tests.Permalinks;

public sealed class ParagraphMatcherTests
{
    private static LedgerEntry Entry(IReadOnlyList<string> texts, IReadOnlyList<NumberedParagraph> numbers, IReadOnlyList<int> removed) =>
        new("t.txt", "abcdef", ["/x"], [.. texts.Select((t, i) => new LedgerParagraph(numbers[i].N, numbers[i].Aliases, ParagraphFingerprint.Of(t)))], removed);

    [Fact]
    public void ThirtyRandomCorrectionsNeverGiveOneNumberTwoMeaningsOrLoseANumber()
    {
        var random = new Random(20141010);
        var texts = Enumerable.Range(1, 12).Select(i => $"Original paragraph number {i} with words of its own: {random.Next():x8}").ToList();
        var numbers = ParagraphMatcher.Fresh(texts.Count);
        IReadOnlyList<int> removed = [];
        var issued = new HashSet<int>(numbers.Select(p => p.N));
        for (var step = 0; step < 30; step++)
        {
            var before = Entry(texts, numbers, removed);
            var next = texts.ToList();
            var at = random.Next(next.Count);
            var kind = random.Next(4);
            switch (kind)
            {
                case 0:
                    next.Insert(at, $"Inserted at step {step}: {random.Next():x8}");
                    break;
                case 1 when next.Count > 3:
                    next.RemoveAt(at);
                    break;
                case 2:
                    var words = next[at].Split(' ');
                    next[at] = string.Join(' ', words[..(words.Length / 2)]);
                    next.Insert(at + 1, string.Join(' ', words[(words.Length / 2)..]) + $" split {step}");
                    break;
                default:
                    next[at] += $" (edited at step {step})";
                    break;
            }

            var (matched, gone) = ParagraphMatcher.Match(before, [.. next.Select(ParagraphFingerprint.Of)]);

            var live = matched.SelectMany(p => p.Aliases.Prepend(p.N)).ToList();
            Assert.Equal(live.Count, live.Distinct().Count());
            Assert.Empty(live.Intersect(gone));
            // Every number ever issued still means something: a paragraph, an alias or a removal notice.
            Assert.Superset(issued, live.Concat(gone).ToHashSet());
            // A paragraph whose words did not change keeps its number (when those words occur once on both sides).
            foreach (var (text, i) in next.Select((t, i) => (t, i)))
            {
                var old = texts.IndexOf(text);
                if (old >= 0 && texts.Count(t => t == text) == 1 && next.Count(t => t == text) == 1)
                {
                    Assert.Equal(numbers[old].N, matched[i].N);
                }
            }
            issued.UnionWith(live);
            texts = next;
            numbers = matched;
            removed = gone;
        }
    }
}
