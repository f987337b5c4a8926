using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Archive.Web.Caching;

/// <summary>
/// Brotli at a quality of our choosing: the framework's provider takes only a <see cref="CompressionLevel"/>, whose
/// Optimal is quality 4 and SmallestSize 11. Quality 5 makes pages 4-7% smaller than 4 for about 10 ms more on the
/// longest page (345 KB); 11 would take over a second there. A page is compressed once and then served from the
/// output cache (docs/performance.md, "Compression").
/// </summary>
public sealed class BrotliAtQuality : ICompressionProvider
{
    internal const int Quality = 5;

    public string EncodingName => "br";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) =>
        new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = Quality }, leaveOpen: true);
}
