namespace Archive.Search;

public sealed record SearchRequest(string Query, int Page = 1, int PageSize = 20)
{
    public const int MaxQueryLength = 512;
    public const int MaxTerms = 32;
}
