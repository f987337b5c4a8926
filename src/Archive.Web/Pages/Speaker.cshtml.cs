using Archive.Web.Data;

namespace Archive.Web.Pages;

public sealed class SpeakerModel(ArchiveData data) : FacetPageModel(data.Speakers)
{
    public override string ListPath => "/speakers";
    public override string ListTitle => "Speakers";
}
