using Archive.Web.Data;

namespace Archive.Web.Pages;

public sealed class VenueModel(ArchiveData data) : FacetPageModel(data.Venues)
{
    public override string ListPath => "/venues";
    public override string ListTitle => "Venues";
}
