using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>The site over an imported folder that a test made, with the clock stopped.</summary>
public class DataSiteFactory(string dataDir) : WebApplicationFactory<Program>
{
    public string DataDir => dataDir;

    public FixedClock Clock { get; } = new();

    /// <summary>A client that does not follow redirects, to see where a permalink points.</summary>
    public HttpClient CreateNonRedirectingClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:Data", dataDir);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
