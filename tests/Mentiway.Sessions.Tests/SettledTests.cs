using Marten;
using Mentiway.Sessions.Documents;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mentiway.Sessions.Tests;

/// <summary>
/// The tests lean on Settled for messages that an HTTP request publishes through the outbox; this checks that it
/// waits for their handlers rather than returning when the request does.
/// </summary>
public sealed class SettledTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task Settled_AroundAnHttpRequestThatPublishes_ReturnsOnlyAfterTheHandlersRan()
    {
        var store = app.Services.GetRequiredService<IDocumentStore>();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var pair = await app.Settled(() => _admin.FormPair());

            await using var query = store.QuerySession();
            var known = await query.LoadAsync<SessionPair>(pair.PairId);
            Assert.NotNull(known);
            Assert.NotNull(await query.LoadAsync<SessionParticipant>(pair.MenteeId));
        }
    }
}
