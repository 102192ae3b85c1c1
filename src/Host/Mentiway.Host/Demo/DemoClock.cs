namespace Mentiway.Host.Demo;

/// <summary>
/// The demo's clock: real time, shifted by an offset the seed may set, so that it can build its history in the past
/// through the same slices and then let time run on from there.
/// </summary>
internal sealed class DemoClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() =>
        System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void SetUtcNow(DateTimeOffset now) =>
        Interlocked.Exchange(ref _offsetTicks, (now - System.GetUtcNow()).Ticks);
}
