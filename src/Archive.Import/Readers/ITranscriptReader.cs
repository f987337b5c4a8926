namespace Archive.Import.Readers;

/// <summary>One input format. Readers are asked in turn; the first that recognises a file reads it.</summary>
public interface ITranscriptReader
{
    /// <summary>The name recorded in a record's provenance, e.g. <c>plain-text</c>.</summary>
    string Format { get; }

    /// <summary>Whether the file's content (not only its name) is in this reader's format.</summary>
    bool CanRead(SourceFile file);

    /// <summary>Reads the file; throws <see cref="ImportException"/> with a line number for input it cannot take.</summary>
    DraftTranscript Read(SourceFile file);
}
