using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Archive.Web.Caching;

/// <summary>
/// Brotli at a quality of our choosing: the framework's provider takes only a <see cref="CompressionLevel"/>, whose
/// Optimal is quality 4 and SmallestSize 11. Quality 5 makes pages a little smaller than 4 for little more time on the
/// longest page, and 11 takes many times longer; a page is compressed once and then served from the output cache.
/// The figures for every quality are in docs/performance.md, "Compression".
/// </summary>
public sealed class BrotliAtQuality : ICompressionProvider
{
    internal const int Quality = 5;

    public string EncodingName => "br";

    public bool SupportsFlush => true;

    public Stream CreateStream(Stream outputStream) =>
        new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = Quality }, leaveOpen: true);
}
