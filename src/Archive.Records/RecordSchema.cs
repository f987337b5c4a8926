namespace Archive.Records;

public static class RecordSchema
{
    /// <summary>Raised whenever a field changes meaning or is removed; adding a field does not raise it.</summary>
    public const int Version = 1;
}
