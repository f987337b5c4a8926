using Archive.Import.Readers;

namespace Archive.Import.Tests;

/// <summary>A reader with a bug: it claims one file and throws on it, as a real reader might on input nobody foresaw.</summary>
internal sealed class ThrowingReader(string fileName) : ITranscriptReader
{
    public string Format => "throwing";

    public bool CanRead(SourceFile file) => Path.GetFileName(file.RelativePath) == fileName;

    public DraftTranscript Read(SourceFile file) => throw new InvalidOperationException("a bug");
}
