namespace Archive.Import.Readers;

/// <summary>A run of non-blank lines: <see cref="Line"/> is its first line (1-based), <see cref="BlankLinesAfter"/> the gap that follows.</summary>
public sealed record TextBlock(int Line, IReadOnlyList<string> Lines, int BlankLinesAfter)
{
    /// <summary>The block's lines joined as one paragraph: single line breaks are soft. Made once, since readers ask often.</summary>
    public string Text { get; } = TextCleaner.Clean(Lines.Count == 1 ? Lines[0] : string.Join(' ', Lines));

    /// <summary>The blocks of <paramref name="text"/>; with <paramref name="maxBlocks"/>, only the first few (enough to recognise a format cheaply).</summary>
    public static List<TextBlock> Split(string text, int maxBlocks = int.MaxValue)
    {
        var blocks = new List<TextBlock>();
        var lines = TextCleaner.Lines(text);
        var current = new List<string>();
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var blank = i == lines.Length || TextCleaner.IsBlank(lines[i]);
            if (!blank)
            {
                if (current.Count == 0)
                {
                    start = i + 1;
                }
                current.Add(lines[i]);
                continue;
            }
            if (current.Count > 0)
            {
                var gap = 0;
                while (i + gap < lines.Length && TextCleaner.IsBlank(lines[i + gap]))
                {
                    gap++;
                }
                blocks.Add(new TextBlock(start, current, gap));
                if (blocks.Count == maxBlocks)
                {
                    break;
                }
                current = [];
            }
        }
        return blocks;
    }
}
