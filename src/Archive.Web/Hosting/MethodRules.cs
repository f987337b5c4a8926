using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Archive.Web.Hosting;

/// <summary>
/// HTTP by the book on a read-only site: GET and HEAD wherever a page or API answers, 405 with Allow for
/// any other method. Routing already answers 405 for endpoints that name their methods (the API, the
/// static files); Razor pages name none, and would run a POST (400 from antiforgery) or a TRACE (the
/// page's model never filled) as though it were a GET. OPTIONS is left to CORS preflight on the API.
/// </summary>
public static class MethodRules
{
    private const string Allowed = "GET, HEAD";

    public static IApplicationBuilder UseMethodRules(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var method = context.Request.Method;
        if (context.GetEndpoint() is not { } endpoint || endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not null
            || HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || ErrorResponses.IsReExecution(context))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        // Set as the response starts: the error page is re-executed on the same response.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Allow = Allowed;
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    });

    /// <summary>Every GET endpoint of the group answers HEAD too (minimal APIs map GET alone; Razor pages and static files already do).</summary>
    public static TBuilder AnswerHeadToo<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                // An endpoint with a CORS policy (RequireCors) keeps answering its preflight OPTIONS.
                var preflight = methods.AcceptCorsPreflight || endpoint.Metadata.OfType<ICorsMetadata>().Any();
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], preflight));
            }
        });
        return builder;
    }
}
