using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace Archive.Search.Storage;

/// <summary>
/// Lucene 4.6's index format with the paragraphs' stored fields compressed in small chunks.
/// Showing a hit reads its paragraph's stored fields: the default format packs 16 KB of documents
/// into each compressed chunk and decompresses a chunk from its start up to the document wanted,
/// about 8 KB of text for a paragraph of 500 bytes, up to sixty times per page of results. The
/// importer writes with this codec and the searcher must know it by name to read the index, so
/// both call <see cref="Register"/> first.
/// </summary>
[CodecName(RegisteredName)]
public sealed class ArchiveCodec() : FilterCodec(new Lucene46Codec())
{
    public const string RegisteredName = "Archive46";

    /// <summary>
    /// Bytes of stored documents compressed together: about two paragraphs. Faster hits for a larger
    /// index and a slower import; the figures are in docs/performance-log.md, "Stored fields in small chunks".
    /// </summary>
    public const int ChunkBytes = 1024;

    private static readonly StoredFieldsFormat StoredFields =
        new CompressingStoredFieldsFormat("ArchiveStoredFields", CompressionMode.FAST, ChunkBytes);

    private static readonly Lazy<bool> Registration = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(ArchiveCodec)] });
        return true;
    });

    public override StoredFieldsFormat StoredFieldsFormat => StoredFields;

    /// <summary>Makes the codec known to Lucene by name, as reading an index written with it needs; safe to call again.</summary>
    public static void Register() => _ = Registration.Value;
}
