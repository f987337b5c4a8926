using System.Collections.Frozen;

namespace Archive.Web.BuiltInPages;

/// <summary>
/// The site's own about, search help and API help, in Markdown, built into the assembly: every archive
/// has them, and a content folder's <c>pages/</c> replaces any of them by giving a file of the same name.
/// </summary>
public static class BuiltInMarkdown
{
    private const string Prefix = "pages/";

    /// <summary>Names as <see cref="Data.MarkdownPages"/> takes them (<c>about</c>, <c>help/search</c>), with their resource names.</summary>
    private static readonly FrozenDictionary<string, string> Resources = typeof(BuiltInMarkdown).Assembly.GetManifestResourceNames()
        .Where(r => r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(".md", StringComparison.Ordinal))
        // The build names them by folder with the system's separator; page names use '/'.
        .ToFrozenDictionary(r => r[Prefix.Length..^".md".Length].Replace('\\', '/'), r => r, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Resources.Keys;

    /// <summary>The Markdown of the built-in page, or null if there is none of that name.</summary>
    public static string? Read(string name)
    {
        if (!Resources.TryGetValue(name, out var resource))
        {
            return null;
        }
        using var stream = typeof(BuiltInMarkdown).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
