namespace Archive.Search.Tests;

/// <summary>
/// The search engine these tests run: here the site's (<see cref="SearchEngineOptions.Default"/>, the
/// hand-written parts that pay); in Archive.Search.Tests.Stock, which compiles the same test files with
/// STOCK_SEARCH, stock Lucene. So every search test runs both ways in one <c>dotnet test Archive.sln</c>.
/// </summary>
internal static class SearchEngineUnderTest
{
#if STOCK_SEARCH
    public static SearchEngineOptions Options => SearchEngineOptions.Stock;
#else
    public static SearchEngineOptions Options => SearchEngineOptions.Default;
#endif
}
