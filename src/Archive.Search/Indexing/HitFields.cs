using Lucene.Net.Index;

namespace Archive.Search.Indexing;

/// <summary>
/// The stored fields of one hit shown, read straight into strings: loading a <c>Document</c>
/// made a field object, a field type and an enumerator per stored value, a tenth of a rare-word
/// search's garbage. A field stored more than once keeps its first value, as <c>Document.Get</c> does.
/// With <paramref name="paragraphOnly"/>, only the paragraph's own fields are read (number, speaker,
/// text): the transcript's are the same for every paragraph of it, and a hit after the first of a
/// transcript takes them from the first (<see cref="SameTranscript"/>) instead of decoding them again.
/// </summary>
internal sealed class HitFields(bool paragraphOnly = false) : StoredFieldVisitor
{
    public string? Id { get; private set; }

    public string? Url { get; private set; }

    public string? Title { get; private set; }

    public string? Date { get; private set; }

    public string? Speaker { get; private set; }

    public string? Venue { get; private set; }

    /// <summary>The collection id; null in an index written before collections.</summary>
    public string? Collection { get; private set; }

    public string? Text { get; private set; }

    public int N { get; private set; }

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        SearchFields.Speaker or SearchFields.Text or SearchFields.N => Status.YES,
        SearchFields.Id or SearchFields.Url or SearchFields.Title or SearchFields.Date or SearchFields.Venue or SearchFields.Collection when !paragraphOnly => Status.YES,
        _ => Status.NO,
    };

    /// <summary>Takes the transcript's fields from <paramref name="first"/>, a paragraph of the same transcript read whole.</summary>
    public void SameTranscript(HitFields first)
    {
        Id = first.Id;
        Url = first.Url;
        Title = first.Title;
        Date = first.Date;
        Venue = first.Venue;
        Collection = first.Collection;
    }

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case SearchFields.Id: Id ??= value; break;
            case SearchFields.Url: Url ??= value; break;
            case SearchFields.Title: Title ??= value; break;
            case SearchFields.Date: Date ??= value; break;
            case SearchFields.Speaker: Speaker ??= value; break;
            case SearchFields.Venue: Venue ??= value; break;
            case SearchFields.Collection: Collection ??= value; break;
            case SearchFields.Text: Text ??= value; break;
        }
    }

    public override void Int32Field(FieldInfo fieldInfo, int value)
    {
        if (fieldInfo.Name == SearchFields.N && N == 0)
        {
            N = value;
        }
    }
}
