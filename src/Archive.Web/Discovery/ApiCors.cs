using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Archive.Web.Discovery;

/// <summary>
/// Cross-origin GET for the machine-readable parts (the JSON API, its OpenAPI document, the feeds), so a
/// page on another site can read them in the browser. Everything there is public and read-only, and
/// nothing depends on cookies, so any origin may read, without credentials. Runs before the output cache,
/// so a cached answer gets its header too.
/// </summary>
public static class ApiCors
{
    public const string Policy = "ReadOnly";

    public static readonly PathString[] Paths = ["/api", "/openapi", "/feeds"];

    public static IServiceCollection AddApiCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(Policy, new CorsPolicyBuilder()
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders("ETag")
            .SetPreflightMaxAge(TimeSpan.FromDays(1))
            .Build()));

    public static IApplicationBuilder UseApiCors(this IApplicationBuilder app) =>
        app.UseWhen(context => Paths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)),
            branch => branch.UseCors(Policy));
}
