namespace Archive.Import;

/// <summary>Thrown by a reader for input it cannot take; carries the line so the message can name it.</summary>
public sealed class ImportException : Exception
{
    public ImportException(int line, string message) : base(message) => Line = line;

    public ImportException() : this(0, "The file cannot be imported.") { }

    public ImportException(string message) : this(0, message) { }

    public ImportException(string message, Exception innerException) : base(message, innerException) { }

    public int Line { get; }
}
