using Archive.Records;
using Archive.Web.Citations;

namespace Archive.Web.Pages;

/// <summary>
/// Where a transcript comes from, as its page shows it: the publisher (or, when none is known, the
/// record's source line as written), the original address, the collection and its licence. <see cref="ShowCollection"/> is false in an archive of one collection,
/// where naming it on every page would say nothing.
/// </summary>
public sealed record TranscriptSource(string? Publisher, string Source, string? SourceUrl, CollectionInfo Collection, bool ShowCollection)
{
    public static TranscriptSource Of(Records.Transcript t, CollectionInfo collection, bool severalCollections) =>
        new(CitationAuthor.Publisher(t, collection), t.Source, t.SourceUrl, collection, severalCollections);

    /// <summary>"en.kremlin.ru" for the link's words: the host people know the publisher by.</summary>
    public string? SourceHost => Uri.TryCreate(SourceUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0
        ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
        : null;
}
