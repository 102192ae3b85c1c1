using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Mentiway.Sessions.Tests;

/// <summary>Publishes a message as another module would, through Wolverine, to simulate that module.</summary>
public static class Publishing
{
    public static async Task Publish(this MentiwayApp app, object message)
    {
        using var scope = app.Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();

        await bus.PublishAsync(message);
    }
}
