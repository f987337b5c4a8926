namespace Archive.Bench.Index;

/// <summary>
/// One way of writing the paragraph index. <see cref="Product"/> is Archive.Search's own IndexBuilder;
/// every other variant is a copy of its documents and analyzers with one thing changed.
/// </summary>
public sealed record Variant(string Name, bool Product, bool ForceMerge, bool StemPositions, bool CharFilter, int Threads, double RamBufferMb)
{
    public static readonly IReadOnlyList<Variant> All =
    [
        new("product", true, true, true, true, 1, 256),
        new("copy", false, true, true, true, 1, 256),
        new("no-force-merge", false, false, true, true, 1, 256),
        new("stem-without-positions", false, true, false, true, 1, 256),
        new("folded-before-analysis", false, true, true, false, 1, 256),
        new("two-threads", false, true, true, true, 2, 256),
        new("ram-buffer-64", false, true, true, true, 1, 64),
        new("all-four", false, false, false, false, 2, 256),
    ];
}
