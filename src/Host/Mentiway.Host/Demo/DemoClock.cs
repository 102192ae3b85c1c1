namespace Mentiway.Host.Demo;

/// <summary>
/// The demo's clock: wall-clock time, which the demo seeder sets back while it builds the programme's history
/// through the API, so that sessions and homework happen "in the past" by the same rules as today. Registered only
/// when the demo is on; everywhere else the platform runs on the system clock.
/// </summary>
internal sealed class DemoClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Travel(DateTimeOffset to) => Interlocked.Exchange(ref _offsetTicks, (to - System.GetUtcNow()).Ticks);

    public void ReturnToPresent() => Interlocked.Exchange(ref _offsetTicks, 0);
}
