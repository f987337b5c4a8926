namespace Archive.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
