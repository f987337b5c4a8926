using Archive.Records;
using Archive.Web.Data;

namespace Archive.Web.Pages;

/// <summary><c>/collections/{id}</c>: one collection's publisher and licence, then its transcripts, newest first.</summary>
public sealed class CollectionModel(ArchiveData data) : FacetPageModel(id => data.Collections.Find(id) is { Transcripts.Count: > 0 } c ? c.AsFacet() : null)
{
    public override string ListPath => "/collections";
    public override string ListTitle => "Collections";
    public override string? IntroPartial => "_CollectionIntro";

    public CollectionInfo Info => data.Collections.InfoOf(Facet.Slug);
}
