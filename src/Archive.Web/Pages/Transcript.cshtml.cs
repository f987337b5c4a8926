using Archive.Records;
using Archive.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public sealed class TranscriptModel(ArchiveData data) : PageModel
{
    public Records.Transcript Transcript { get; private set; } = null!;
    public TranscriptSummary? Earlier { get; private set; }
    public TranscriptSummary? Later { get; private set; }
    /// <summary>The paragraph a short paragraph link (<c>?p=n</c>) points at: its quotation is what a shared link previews.</summary>
    public Paragraph? Shared { get; private set; }
    public ShareCard Card { get; private set; } = null!;
    /// <summary>Its publisher, original address, collection and licence, for the header.</summary>
    public TranscriptSource Source { get; private set; } = null!;
    /// <summary>Set when <c>?p=n</c> names a paragraph that a correction removed: its notice is shown outright.</summary>
    public int? RemovedTarget { get; private set; }
    /// <summary>Speaker labels to show: one at the start of each turn, keyed by paragraph number (speaker turns).</summary>
    public IReadOnlyDictionary<int, string> TurnLabels { get; private set; } = null!;
    /// <summary>Everyone who speaks, in order of first appearance.</summary>
    public IReadOnlyList<string> Speakers { get; private set; } = [];
    /// <summary>The few who speak most, named when the whole list is folded away.</summary>
    public IReadOnlyList<string> LeadSpeakers { get; private set; } = [];

    public IActionResult OnGet([FromQuery] int? p)
    {
        var path = Request.Path.Value ?? "";
        var summary = data.FindByUrl(path);
        if (summary is null)
        {
            // A corrected title or date moved the transcript; its old address keeps working.
            return data.FindByFormerUrl(path) is { } moved
                ? RedirectPermanent(moved.Url + Request.QueryString)
                : NotFound();
        }
        if (data.Load(summary.Id) is not { } transcript)
        {
            return NotFound();
        }
        Transcript = transcript;
        Earlier = data.Earlier(summary.Id);
        Later = data.Later(summary.Id);
        // A section break or a cut has no quotation to preview: its link shows the transcript's card.
        Shared = p is { } n ? transcript.Paragraphs.FirstOrDefault(x => x.Kind == ParagraphKind.Text && (x.N == n || (x.Aliases?.Contains(n) ?? false))) : null;
        Source = TranscriptSource.Of(transcript, data.Collections.InfoOf(transcript.Collection), data.Collections.AreSeveral);
        TurnLabels = SpeakerTurns.Labels(transcript.Paragraphs);
        Speakers = [.. transcript.Speakers()];
        LeadSpeakers = [.. transcript.Paragraphs.Where(x => x.Speaker is not null).CountBy(x => x.Speaker!)
            .OrderByDescending(c => c.Value).Take(SpeakerTurns.LeadSpeakers).Select(c => c.Key)];
        RemovedTarget = p is { } r && (transcript.RemovedParagraphs?.Contains(r) ?? false) ? r : null;
        Card = Shared is { } s && transcript.ShortId is { } id
            ? new ShareCard($"{transcript.Title}, paragraph {s.N}", (s.Speaker is null ? "" : s.Speaker + ": ") + s.Text, SiteUrls.Absolute(Request, SiteUrls.Short(id, s.N)))
            : new ShareCard(transcript.Title, transcript.Summary ?? transcript.Paragraphs.FirstOrDefault()?.Text ?? transcript.Title,
                SiteUrls.Absolute(Request, transcript.ShortId is { } sid ? SiteUrls.Short(sid) : transcript.Url));
        return Page();
    }
}
