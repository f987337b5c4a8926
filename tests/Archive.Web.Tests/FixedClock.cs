namespace Archive.Web.Tests;

/// <summary>A clock stopped at one instant (that a test may move), so that "date accessed" in citations is known to the tests.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2031, 2, 3, 23, 30, 0, TimeSpan.Zero);

    public FixedClock() : this(Instant)
    {
    }

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
