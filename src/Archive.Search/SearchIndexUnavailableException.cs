namespace Archive.Search;

/// <summary>The index could not be opened (missing or damaged): search is refused while every other page serves.</summary>
public sealed class SearchIndexUnavailableException : Exception
{
    public SearchIndexUnavailableException()
    {
    }

    public SearchIndexUnavailableException(string message) : base(message)
    {
    }

    public SearchIndexUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}
