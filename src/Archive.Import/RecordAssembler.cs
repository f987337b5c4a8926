using Archive.Import.Readers;
using Archive.Import.Speakers;
using Archive.Records;

namespace Archive.Import;

/// <summary>A reader's draft plus its file become a record: id, URL and provenance are added here, and speakers get one name each (<see cref="SpeakerNames"/>).</summary>
public static class RecordAssembler
{
    /// <summary>Gives the draft its id and URL. Files are taken in path order, so a clash gets the same suffix on every run.</summary>
    public static Transcript Assemble(DraftTranscript draft, SourceFile file, string format, HashSet<string> ids, SpeakerAliases? aliases = null)
    {
        var baseSlug = draft.Slug ?? TranscriptIds.Slug(draft.Title);
        var slug = baseSlug;
        for (var k = 2; !ids.Add(TranscriptIds.Id(draft.Date, slug)); k++)
        {
            slug = $"{baseSlug}-{k}";
        }
        return new Transcript
        {
            Id = TranscriptIds.Id(draft.Date, slug),
            Url = TranscriptIds.Url(draft.Date, slug),
            Title = draft.Title,
            Kind = draft.Kind,
            Date = draft.Date,
            Time = draft.Time,
            Source = draft.Source,
            Collection = draft.Collection,
            SourceUrl = draft.SourceUrl,
            Venue = draft.Venue,
            Summary = draft.Summary,
            Paragraphs = SpeakerNames.Resolve(draft.Paragraphs, aliases),
            Provenance = new Provenance { File = file.RelativePath, Sha256 = file.Sha256, Format = format },
        };
    }
}
