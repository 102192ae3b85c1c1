namespace Mentiway.Host.Demo;

/// <summary>
/// The demo's clock: wall-clock time, which the demo seeder sets back while it builds the programme's history
/// through the API, so that sessions and homework happen "in the past" by the same rules as today. Registered only
/// when the demo is on; everywhere else the platform runs on the system clock.
/// </summary>
internal sealed class DemoClock : TimeProvider, ITimeMachine
{
    private long _offsetTicks;

    public DateOnly Today => DateOnly.FromDateTime(System.GetUtcNow().UtcDateTime);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Travel(DateTimeOffset to) => Interlocked.Exchange(ref _offsetTicks, (to - System.GetUtcNow()).Ticks);

    public void ReturnToPresent() => Interlocked.Exchange(ref _offsetTicks, 0);
}

/// <summary>What the demo's history needs of a clock: a day to count from, a way back, and a way home.</summary>
internal interface ITimeMachine
{
    DateOnly Today { get; }

    void Travel(DateTimeOffset to);

    void ReturnToPresent();
}
