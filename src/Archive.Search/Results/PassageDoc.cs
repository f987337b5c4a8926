using Lucene.Net.Search;

namespace Archive.Search.Results;

/// <summary>
/// A hit that is a passage across a paragraph break: the paragraph of <see cref="ScoreDoc.Doc"/> and the
/// text paragraph after it, which is always the next document (a transcript's paragraphs are written
/// in order, into one segment, and never deleted). A <see cref="FieldDoc"/> so that results by date
/// keep their sort values.
/// </summary>
internal sealed class PassageDoc(int doc, float score, object[]? fields) : FieldDoc(doc, score, fields!);
