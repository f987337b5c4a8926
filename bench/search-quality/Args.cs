using System.Globalization;

namespace SearchQuality;

internal sealed record Args(string DataDir, int Count, int Seed, string? Markdown, int Show)
{
    public static Args Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException("Usage: SearchQuality <imported-dir> [--count 1000] [--seed 4] [--markdown FILE] [--show 5]");
        }
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new Args(args[0], Number("--count", 1000), Number("--seed", 4), Value("--markdown"), Number("--show", 5));
    }
}
