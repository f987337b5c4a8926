namespace Archive.Web.Hosting;

/// <summary>
/// The sentence that says what was wrong with a request (<c>page=-1</c>, an impossible date), kept on the
/// request so that the error page or the API's problem details, produced after the handler returned
/// its bare status, can show it.
/// </summary>
public static class RequestProblem
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, string message) => context.Items[Key] = message;

    public static string? Of(HttpContext context) => context.Items.TryGetValue(Key, out var message) ? message as string : null;
}
