using Archive.Import.Readers;
using Archive.Import.Readers.Html;
using Archive.Import.Readers.Markdown;
using Archive.Import.Readers.Miller;

namespace Archive.Import;

/// <summary>The input formats, in the order they are asked whether a file is theirs.</summary>
public static class ReaderRegistry
{
    public static IReadOnlyList<ITranscriptReader> All { get; } =
    [
        new KremlinHtmlReader(),
        new PlainTextReader(),
        new MillerCenterReader(),
        new MarkdownReader(),
    ];

    public static ITranscriptReader? For(SourceFile file) => All.FirstOrDefault(r => r.CanRead(file));
}
