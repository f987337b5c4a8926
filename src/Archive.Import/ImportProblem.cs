namespace Archive.Import;

/// <summary>Input the importer cannot take, named by file and line (line 0: the whole file).</summary>
public sealed record ImportProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
