using System.Net;
using Archive.Web.Addressing;

namespace Archive.Web.Tests.Addressing;

public sealed class CanonicalAddressesTests(BrowseSiteFactory site) : IClassFixture<BrowseSiteFactory>
{
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/2014/7/10/meeting-on-the-economy", BrowseSiteFactory.Economy)]
    [InlineData("/2014/07/10/Meeting-On-The-Economy", BrowseSiteFactory.Economy)]
    [InlineData("/2014/7/10/MEETING-ON-THE-ECONOMY/", BrowseSiteFactory.Economy)]
    [InlineData("/2014/7", "/2014/07")]
    [InlineData("/2014/9/1", "/2014/09/01")]
    [InlineData("/2014/07/", "/2014/07")]
    [InlineData("/years/", "/years")]
    [InlineData("/Venues/The-Kremlin-Moscow", "/venues/the-kremlin-moscow")]
    [InlineData("/api/dates/2014/7", "/api/dates/2014/07")]
    public async Task AnAddressAsPeopleTypeItRedirectsPermanentlyToTheOneThatAnswers(string typed, string canonical)
    {
        using var response = await _client.GetAsync(new Uri(typed, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
        using var target = await _client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
    }

    [Fact]
    public async Task TheQueryIsKeptAcrossTheRedirect()
    {
        using var response = await _client.GetAsync(new Uri("/Search/?q=Budget&sort=newest", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/search?q=Budget&sort=newest", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AHeadRequestIsRedirectedLikeAGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/2014/7/25/press-conference-on-the-harvest");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(BrowseSiteFactory.Press, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(BrowseSiteFactory.Students)]
    [InlineData("/2014/07")]
    [InlineData("/search?q=budget")]
    public async Task TheOneAddressAnswersItself(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/", null)]
    [InlineData("/2019/06/20/a-slug", null)]
    [InlineData("/2019/6/20/a-slug", "/2019/06/20/a-slug")]
    [InlineData("/2019/6/2", "/2019/06/02")]
    [InlineData("/2019", null)]
    [InlineData("/201/6", null)]
    [InlineData("/d/abc123/7", null)]
    [InlineData("/D/ABC123/7/", "/d/abc123/7")]
    [InlineData("/downloads/..%2Fmanifest.json", null)]
    [InlineData("//", "/")]
    [InlineData("/api/dates/2019/1/9", "/api/dates/2019/01/09")]
    [InlineData("/speakers/2019/6", null)]
    public void CanonicalPathIsNullForTheOneAddressAndTheOneAddressOtherwise(string path, string? canonical) =>
        Assert.Equal(canonical, CanonicalPath.Of(path));
}
