namespace Archive.Web.Hosting;

/// <summary><c>Archive:Limits</c>: how much work the site takes on at once (docs/configuration.md).</summary>
public sealed class LimitOptions
{
    public const string Section = "Archive:Limits";

    /// <summary>Searches (and exports) run at once. One search already uses every core (architecture.md), so one per core.</summary>
    public int Searches { get; set; } = Environment.ProcessorCount;

    /// <summary>Searches that wait for a turn, oldest first; past them a search is refused at once with 429.</summary>
    public int SearchQueue { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests a minute one client may make, on average, of those the output cache does not answer.</summary>
    public int ClientRequestsPerMinute { get; set; } = 600;

    /// <summary>Requests one client may make in a burst before <see cref="ClientRequestsPerMinute"/> applies; 0 turns the per-client limit off.</summary>
    public int ClientBurst { get; set; } = 120;
}
