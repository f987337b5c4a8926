using Archive.Web;
using Archive.Web.Addressing;
using Archive.Web.Api;
using Archive.Web.Caching;
using Archive.Web.Data;
using Archive.Web.Discovery;
using Archive.Web.Health;
using Archive.Web.Hosting;
using Archive.Web.Security;
using Serilog;

// A plain console logger until the host is built, so that a failure to start is logged too.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
    builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data"] = "Archive:Data" });
    // Run from a build rather than a publish (as the tests and `dotnet run` do), the stylesheet and
    // script are found through the build's manifest in any environment, not only in Development.
    builder.WebHost.UseStaticWebAssets();
    builder.Services.AddArchiveLogging(builder.Configuration);

    builder.Services.AddArchive(builder.Configuration, builder.Environment);
    builder.Services.AddRazorPages();
    builder.Services.AddKeysInMemory();
    builder.Services.AddImmutablePages();
    builder.Services.AddDiscovery();
    builder.Services.AddPublicAddress(builder.Configuration);
    builder.Services.AddTrustedProxies(builder.Configuration);
    builder.Services.AddRateLimits(builder.Configuration);
    builder.Services.AddErrorResponses();

    var app = builder.Build();
    app.UseTrustedProxies();
    app.UseSecurityHeaders();
    app.UseRequestLogging();
    app.UseErrorResponses();
    app.UseLongUrlRefusal();
    app.UseSearchUnavailable();
    app.UseRouting();
    // CORS before the method rules, so that a preflight OPTIONS on /api is answered.
    app.UseDiscovery();
    app.UseMethodRules();
    app.UseCanonicalAddresses();
    app.UseImmutablePages();
    // After the output cache: a page it holds is answered whatever the load.
    app.UseRateLimits();
    // The stylesheet and script as the build left them: gzip and Brotli copies made at build time,
    // fingerprinted URLs (see _Layout) cached for a year.
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();
    app.MapApi();
    app.MapArchiveHealth();
    app.MapOpenData();

    app.Lifetime.ApplicationStarted.Register(() => Log.Information("Listening at {Urls}", string.Join(", ", app.Urls)));
    app.Run();
    return Environment.ExitCode;
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "The archive site could not start");
    return 1;
}
finally
{
    Log.CloseAndFlush();
}

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
