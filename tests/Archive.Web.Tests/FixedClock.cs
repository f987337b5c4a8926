namespace Archive.Web.Tests;

/// <summary>A clock stopped at one instant, so that "date accessed" in citations is known to the tests.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Instant = new(2031, 2, 3, 23, 30, 0, TimeSpan.Zero);

    public FixedClock() : this(Instant)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
