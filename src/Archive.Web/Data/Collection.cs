using Archive.Records;

namespace Archive.Web.Data;

/// <summary>One collection: who published it under what licence, and its transcripts newest first.</summary>
public sealed record Collection(CollectionInfo Info, IReadOnlyList<TranscriptSummary> Transcripts)
{
    /// <summary>As a facet, so that its page is paged like a venue's: the id is its slug.</summary>
    public Facet AsFacet() => new(Info.Id, Info.Name, Transcripts);
}
