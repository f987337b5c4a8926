using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace Archive.Web.Hosting;

/// <summary>
/// Logs: one event per request (method, path cut to <see cref="MaxPathLength"/>, status, milliseconds, and
/// whether the output cache answered), as text or, with <c>Archive:LogFormat=json</c>, one JSON object a
/// line for a log collector. The query is never logged: it holds what people search for. The path is cut
/// because a client chooses its length, and very long paths once filled the disk with log.
/// </summary>
public static class RequestLogging
{
    public const string FormatSetting = "Archive:LogFormat";
    public const int MaxPathLength = 200;
    private const int MaxMethodLength = 16;

    /// <summary>One JSON object a line: the rendered message (<c>@m</c>), its template, level, time and every property by name.</summary>
    internal static readonly ITextFormatter JsonFormatter = new RenderedCompactJsonFormatter();

    public static IServiceCollection AddArchiveLogging(this IServiceCollection services, IConfiguration configuration)
    {
        var json = (configuration[FormatSetting] ?? "text").Trim().ToLowerInvariant() switch
        {
            "json" => true,
            "text" or "" => false,
            var other => throw new InvalidOperationException($"{FormatSetting} is '{other}': write text or json."),
        };
        return services.AddSerilog((provider, logger) =>
        {
            // Sinks registered as services (ILogEventSink) are written to as well: a log shipper, or a test's.
            logger.ReadFrom.Configuration(configuration).ReadFrom.Services(provider).Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(JsonFormatter);
            }
            else
            {
                logger.WriteTo.Console();
            }
        }, preserveStaticLogger: true);
    }

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.UseSerilogRequestLogging(options =>
    {
        // The configured logger: left to itself the middleware writes to the static one, the plain start-up logger.
        options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
        options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.000} ms (from the output cache: {FromCache})";
        options.GetLevel = LevelOf;
        options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
        [
            new LogEventProperty("RequestMethod", new ScalarValue(Cut(context.Request.Method, MaxMethodLength))),
            new LogEventProperty("RequestPath", new ScalarValue(Cut(path, MaxPathLength))),
            new LogEventProperty("StatusCode", new ScalarValue(status)),
            new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            // The output cache marks what it answers with an Age header.
            new LogEventProperty("FromCache", new ScalarValue(context.Response.Headers.Age.Count > 0)),
        ];
    });

    /// <summary>
    /// Error for a request that failed (an exception, or a 5xx), Information otherwise, as Serilog's own
    /// default; but a health probe's 503 is the answer "not ready", which every start gives a load
    /// balancer for some seconds: Information (the check that finds a fault logs it at Error itself).
    /// </summary>
    internal static LogEventLevel LevelOf(HttpContext context, double elapsed, Exception? exception) =>
        exception is not null ? LogEventLevel.Error
        : context.Response.StatusCode <= 499 || Health.HealthEndpoints.Paths.Contains(context.Request.Path.Value, StringComparer.OrdinalIgnoreCase) ? LogEventLevel.Information
        : LogEventLevel.Error;

    /// <summary>The text, or its first <paramref name="max"/> characters and how long it was.</summary>
    internal static string Cut(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "… (", text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), " characters)");
}
