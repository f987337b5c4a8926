using Microsoft.AspNetCore.Mvc.Filters;

namespace Archive.Web.Tests.Hosting;

/// <summary>
/// A page filter that holds a page asked for with <c>held=1</c> until <see cref="Release"/>: the search page is
/// then inside the search limiter, holding a turn, for as long as a test needs.
/// </summary>
internal sealed class HeldSearches : IAsyncPageFilter
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Request.Query.ContainsKey("held"))
        {
            _entered.TrySetResult();
            await _released.Task;
        }
        await next();
    }

    /// <summary>Starts a search page that waits inside the limiter until released; returns once it holds the turn.</summary>
    public async Task<Task<HttpResponseMessage>> HoldOneSearch(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/search?q=russia&held=1", UriKind.Relative));
        var response = client.SendAsync(request);
        await Entered.WaitAsync(TimeSpan.FromSeconds(30));
        return response;
    }
}
