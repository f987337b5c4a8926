using Archive.Records;
using Archive.Web.Data;

namespace Archive.Web.Downloads;

/// <summary>
/// The <c>downloads/</c> folder of the import being served, read through its manifest: only the files the
/// manifest lists are ever served, so no name in a URL reaches the file system unchecked. Made per request
/// from the <see cref="ArchiveData"/> of that request, so a new import brings its own downloads.
/// </summary>
public sealed class DownloadsFolder
{
    private DownloadsFolder(string path, DownloadsManifest manifest, byte[] manifestBytes)
    {
        Path = path;
        Manifest = manifest;
        ManifestBytes = manifestBytes;
    }

    public string Path { get; }

    public DownloadsManifest Manifest { get; }

    /// <summary>The manifest as written, served as <c>manifest.json</c>.</summary>
    public byte[] ManifestBytes { get; }

    /// <summary>The folder of <paramref name="data"/>'s import, or null when that import has none (made before downloads existed).</summary>
    public static DownloadsFolder? Of(ArchiveData data)
    {
        var path = System.IO.Path.Combine(data.DataDir, DataLayout.Downloads);
        var manifestPath = System.IO.Path.Combine(path, DownloadFiles.Manifest);
        if (!File.Exists(manifestPath))
        {
            return null;
        }
        var bytes = File.ReadAllBytes(manifestPath);
        using var stream = new MemoryStream(bytes, writable: false);
        return new DownloadsFolder(path, RecordJson.ReadDownloadsManifest(stream), bytes);
    }

    public string PathOf(DownloadFile file) => System.IO.Path.Combine(Path, file.Name);
}
