using Archive.Import.Collections;

namespace Archive.Import.Readers;

/// <summary>
/// Where a plain-text or Markdown transcript came from, as its file states it: the original address
/// (<c>Source:</c> line, <c>source_url</c> key) and the collection (<c>Collection:</c>, <c>collection</c>).
/// Both are checked here, so the two formats accept the same values.
/// </summary>
public static class TranscriptOrigin
{
    /// <summary>An absolute http(s) address; anything else is an error naming the line, since a wrong link misleads.</summary>
    public static string Url(string value, int line)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !value.Any(char.IsWhiteSpace))
        {
            return value;
        }
        throw new ImportException(line, $"'{value}' is not a web address; the source must be an absolute http:// or https:// address.");
    }

    /// <summary>The id of a known collection; an unknown one is an error listing the known ids.</summary>
    public static string Collection(string value, int line)
    {
        var id = value.Trim().ToLowerInvariant();
        return KnownCollections.TryGet(id, out _)
            ? id
            : throw new ImportException(line, $"'{value}' is not a known collection; known: {KnownCollections.Ids}.");
    }
}
