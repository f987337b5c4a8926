using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Web.Hosting;

/// <summary>
/// Every error answered in the form its client reads: under <c>/api</c>, RFC 9457 problem details
/// (<c>application/problem+json</c>) for every status (400, 404, 405, 414, 429, 500), whatever the
/// Accept header; elsewhere the error page, re-executed at <c>/error/{status}</c> (reachable only so).
/// </summary>
public static class ErrorResponses
{
    public static IServiceCollection AddErrorResponses(this IServiceCollection services) => services.AddProblemDetails();

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app)
    {
        app.UseWhen(context => IsApi(context.Request), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = context => WriteProblem(context) });
            api.UseStatusCodePages(context => WriteProblem(context.HttpContext));
        });
        app.UseWhen(context => !IsApi(context.Request), pages =>
        {
            pages.UseExceptionHandler("/error/500");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    /// <summary>
    /// A handler's result that carries problem details (<c>TypedResults.NotFound(new ApiError(…))</c>) is written as
    /// <c>application/problem+json</c>, which the framework does only for <c>TypedResults.Problem</c>.
    /// </summary>
    public static TBuilder WithProblemJson<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context).ConfigureAwait(false);
            if (result is IValueHttpResult { Value: ProblemDetails problem } and IStatusCodeHttpResult { StatusCode: { } status } and not ProblemHttpResult)
            {
                problem.Status ??= status;
                return TypedResults.Problem(problem);
            }
            return result;
        });

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>True while the error page is being produced for another request's status or exception.</summary>
    public static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    /// <summary>
    /// Problem details for the response's status, with <paramref name="detail"/>, the request's own problem, or
    /// the status's usual sentence. The sentence is also given as <c>error</c>, the field the API answered with before.
    /// </summary>
    public static Task WriteProblem(HttpContext context, string? detail = null)
    {
        var status = context.Response.StatusCode;
        detail ??= RequestProblem.Of(context) ?? StatusText.For(status).Explanation;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = ReasonPhrases.GetReasonPhrase(status),
            Detail = detail,
            Extensions = { ["error"] = detail },
        };
        return TypedResults.Problem(problem).ExecuteAsync(context);
    }
}
