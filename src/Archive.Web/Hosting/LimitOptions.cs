namespace Archive.Web.Hosting;

/// <summary><c>Archive:Limits</c>: how much work the site takes on at once (docs/configuration.md).</summary>
public sealed class LimitOptions
{
    public const string Section = "Archive:Limits";

    /// <summary>
    /// Searches (and exports) run at once: one fewer than the cores, so that searches leave the pages the cache
    /// answers a core's worth of time (docs/performance.md, "Overload"). A search spreads itself over the cores
    /// (architecture.md), so two at once on two cores already hold both.
    /// </summary>
    public int Searches { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>
    /// Searches that wait for a turn, oldest first; past them a search is refused at once with 429. Short: a
    /// search waiting behind more than a few is better told to come back than kept waiting.
    /// </summary>
    public int SearchQueue { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Requests a minute one client may make, on average, of those the output cache does not answer.</summary>
    public int ClientRequestsPerMinute { get; set; } = 600;

    /// <summary>Requests one client may make in a burst before <see cref="ClientRequestsPerMinute"/> applies; 0 turns the per-client limit off.</summary>
    public int ClientBurst { get; set; } = 120;
}
