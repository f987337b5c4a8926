using Serilog.Core;
using Serilog.Events;

namespace Archive.Web.Tests.Hosting;

/// <summary>Every event the site logs, kept for a test to read (registered as an <see cref="ILogEventSink"/> service).</summary>
internal sealed class CollectingSink : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
        }
    }

    public List<LogEvent> Events()
    {
        lock (_events)
        {
            return [.. _events];
        }
    }

    /// <summary>The request events (<see cref="Archive.Web.Hosting.RequestLogging"/>).</summary>
    public List<LogEvent> Requests() => [.. Events().Where(e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("FromCache"))];
}
