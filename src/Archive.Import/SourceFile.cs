using System.Security.Cryptography;

namespace Archive.Import;

/// <summary>One raw transcript file: its bytes, its decoded text and where it lives in the content folder.</summary>
public sealed class SourceFile
{
    private string? _text;
    private IReadOnlyList<Utf8Repair> _repairs = [];

    public SourceFile(string fullPath, string relativePath, byte[] bytes)
    {
        FullPath = fullPath;
        RelativePath = relativePath.Replace('\\', '/');
        Bytes = bytes;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public string FullPath { get; }
    /// <summary>Path relative to the content folder, with forward slashes.</summary>
    public string RelativePath { get; }
    public byte[] Bytes { get; }
    public string Sha256 { get; }
    public string Extension => Path.GetExtension(RelativePath).ToLowerInvariant();

    /// <summary>The text, decoded once; throws <see cref="ImportException"/> for binary or undecodable input.</summary>
    public string Text => _text ??= TextDecoder.Decode(Bytes, out _repairs);

    /// <summary>Bad bytes replaced in a file read as UTF-8, as log lines: <c>file:line: invalid UTF-8 byte 0xE3, replaced</c>.</summary>
    public IEnumerable<string> DecodingWarnings => (_text is null ? [] : _repairs).Select(r => $"{RelativePath}:{r.Line}: {r.Message}");

    public static SourceFile Load(string contentDir, string fullPath) =>
        new(fullPath, Path.GetRelativePath(contentDir, fullPath), File.ReadAllBytes(fullPath));
}
