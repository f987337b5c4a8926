using System.Security.Cryptography;
using Archive.Web.Caching;
using Archive.Web.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Archive.Web.Downloads;

/// <summary>
/// <c>/downloads/{name}</c>: the files of the import's <c>downloads/</c> folder, for GET and HEAD, with
/// ranges (a broken download resumes: <c>curl -C -</c>), a strong ETag that is the file's SHA-256, and
/// Last-Modified the import's time. The page that lists them is <c>Pages/Downloads</c>.
/// </summary>
public static class DownloadEndpoints
{
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/downloads/{name}", [HttpMethods.Get, HttpMethods.Head], IResult (string name, ArchiveData data) =>
        {
            if (DownloadsFolder.Of(data) is not { } folder)
            {
                return TypedResults.NotFound();
            }
            var built = folder.Manifest.BuiltAt;
            if (name == Records.DownloadFiles.Manifest)
            {
                var tag = Convert.ToHexStringLower(SHA256.HashData(folder.ManifestBytes));
                return TypedResults.Bytes(folder.ManifestBytes, "application/json; charset=utf-8", lastModified: built,
                    entityTag: new EntityTagHeaderValue($"\"{tag}\""), enableRangeProcessing: true);
            }
            return folder.Manifest.Find(name) is { } file
                ? TypedResults.PhysicalFile(folder.PathOf(file), file.MediaType, lastModified: built,
                    entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true)
                : TypedResults.NotFound();
        })
        // Files carry their own validators and can be hundreds of megabytes: the site's page cache
        // (Caching/ImmutablePages) neither stores them nor stamps its own ETag on them, and they are sent as stored:
        // the ETag is the SHA-256 of these bytes, and a range counts them.
        .WithMetadata(new OutputCacheAttribute { NoStore = true }, new SentAsStored());
        return app;
    }
}
