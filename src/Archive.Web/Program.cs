using Archive.Web;
using Archive.Web.Api;
using Archive.Web.Caching;
using Archive.Web.Data;
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
    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .Enrich.FromLogContext()
        .WriteTo.Console(), preserveStaticLogger: true);

    builder.Services.AddArchive(builder.Configuration, builder.Environment);
    builder.Services.AddRazorPages();
    builder.Services.AddKeysInMemory();
    builder.Services.AddImmutablePages();

    var app = builder.Build();
    app.UseSecurityHeaders();
    app.UseSerilogRequestLogging();
    app.UseExceptionHandler("/error/500");
    app.UseStatusCodePagesWithReExecute("/error/{0}");
    app.UseRouting();
    app.UseImmutablePages();
    // The stylesheet and script as the build left them: gzip and Brotli copies made at build time,
    // fingerprinted URLs (see _Layout) cached for a year.
    app.MapStaticAssets();
    app.MapRazorPages().WithStaticAssets();
    app.MapApi();

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
