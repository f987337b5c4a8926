namespace Archive.Import;

/// <summary>
/// One file to import: where it is, and its path as records and the permalink ledger name it
/// (relative to its content folder, under the folder's name when several folders are imported together).
/// </summary>
public sealed record ContentFile(string FullPath, string RelativePath);
