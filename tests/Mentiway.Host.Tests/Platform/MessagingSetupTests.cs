using Mediator;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;
using Xunit;

namespace Mentiway.Host.Tests.Platform;

public sealed class MessagingSetupTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    [Fact]
    public void Wolverine_HandlesNoMediatorRequest()
    {
        var runtime = (WolverineRuntime)app.Services.GetRequiredService<IWolverineRuntime>();

        var mediatorRequests = runtime.Handlers.Chains
            .Select(chain => chain.MessageType)
            .Where(type => typeof(IMessage).IsAssignableFrom(type))
            .Select(type => type.FullName)
            .ToList();

        Assert.Empty(mediatorRequests);
    }
}
