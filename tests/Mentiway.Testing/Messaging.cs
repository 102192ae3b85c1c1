using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine.Tracking;

namespace Mentiway.Testing;

/// <summary>
/// Modules learn of each other through asynchronous messages. A test that acts in one module and then reads or
/// acts in another first lets the messages its action caused be handled.
/// </summary>
public static class Messaging
{
    public static async Task<T> Settled<T>(this MentiwayApp app, Func<Task<T>> action)
    {
        T result = default!;
        var host = app.Services.GetRequiredService<IHost>();

        await host.TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .IncludeExternalTransports()
            .DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => result = await action()));

        return result;
    }

    public static Task Settled(this MentiwayApp app, Func<Task> action) =>
        app.Settled(async () =>
        {
            await action();

            return true;
        });
}
