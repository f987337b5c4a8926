using AngleSharp.Dom;

namespace Archive.Import.Readers.Html;

/// <summary>One block of the article body as found: its inline content, the line it starts on, and the <c>&lt;blockquote&gt;</c> it sits in, if any.</summary>
public sealed record BodyBlock(InlineText Inline, int Line, IElement? Quote);
