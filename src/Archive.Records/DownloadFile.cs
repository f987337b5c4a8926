namespace Archive.Records;

/// <summary>One file of the download: its name in the folder, size in bytes, SHA-256 (lower-case hex), media type and what it holds.</summary>
public sealed record DownloadFile(string Name, long Bytes, string Sha256, string MediaType, string Description);
