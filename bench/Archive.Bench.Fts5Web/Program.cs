using System.Globalization;
using System.IO.Compression;
using System.Threading.RateLimiting;
using Archive.Bench.Fts5Web;
using Archive.Bench.Search;
using Archive.Records;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Serilog;
using Serilog.Events;

// SQLite FTS5 behind the archive site's HTTP stack, for bench/search.sh: Kestrel with the site's
// defaults, one Serilog event per request written to the console, responses compressed as the
// site's are (Brotli or gzip at Optimal, when the client asks), searches run through a concurrency
// limiter of one per core with a queue, and /api/search answered as JSON with the site's serializer
// options (RecordJson.Options, indented). See docs/performance.md, "Search over HTTP under load".
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--data"] = "Data", ["--sqlite"] = "Sqlite" });
var data = builder.Configuration["Data"];
var sqlite = builder.Configuration["Sqlite"];
if (data is null || sqlite is null)
{
    Console.Error.WriteLine("Usage: Archive.Bench.Fts5Web --data <imported-dir> --sqlite <fts5.db> --urls http://127.0.0.1:PORT [--Limits:SearchQueue N]");
    return 2;
}
// Built from the records first if it is not there (minutes at a million paragraphs).
Fts5Index.Open(sqlite, data, Console.Out).Dispose();

builder.Services.AddSerilog(logger => logger
    .MinimumLevel.Information()
    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
    .Enrich.FromLogContext()
    .WriteTo.Console());
builder.Services.AddResponseCompression(options =>
{
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
});
builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddConcurrencyLimiter("search", o =>
    {
        o.PermitLimit = builder.Configuration.GetValue("Limits:Searches", Environment.ProcessorCount);
        o.QueueLimit = builder.Configuration.GetValue("Limits:SearchQueue", 2 * Environment.ProcessorCount);
        o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
    });
});
builder.Services.AddSingleton(new Fts5SearcherPool(sqlite));

var app = builder.Build();
app.UseSerilogRequestLogging(o => o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.000} ms");
app.UseResponseCompression();
app.UseRateLimiter();
app.MapGet("/api/search", IResult (HttpRequest request, Fts5SearcherPool pool) =>
{
    var q = request.Query["q"].ToString();
    if (q.Length == 0)
    {
        return TypedResults.BadRequest("Give the words to search for as q.");
    }
    var query = new BenchQuery("", q, Date(request.Query["from"]), Date(request.Query["to"]), request.Query["venue"].ToString() is { Length: > 0 } v ? v : null);
    var searcher = pool.Rent();
    try
    {
        return TypedResults.Json(searcher.Search(query, 20), RecordJson.Options);
    }
    finally
    {
        pool.Return(searcher);
    }
}).RequireRateLimiting("search");
app.Run();
return 0;

static DateOnly? Date(string? text) =>
    DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
