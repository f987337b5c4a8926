using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Archive.Web.Tests;

public sealed class KeysInMemoryTests(ArchiveSiteFactory site) : IClassFixture<ArchiveSiteFactory>
{
    /// <summary>
    /// ASP.NET Core makes a data-protection key at start and by default writes it to ~/.aspnet; the
    /// running site writes nothing, so the key it made must be in memory.
    /// </summary>
    [Fact]
    public async Task TheKeyMadeAtStartIsKeptInMemoryNotWrittenToDisk()
    {
        using var response = await site.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        var repository = site.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;

        var keys = Assert.IsType<KeysInMemory>(repository);
        Assert.Contains(keys.GetAllElements(), element => element.Name.LocalName == "key");
    }
}
