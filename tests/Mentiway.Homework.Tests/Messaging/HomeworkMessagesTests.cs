using System.Net;
using Mentiway.Homework.Contracts;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine.Runtime.Handlers;
using Wolverine.Tracking;
using Xunit;

namespace Mentiway.Homework.Tests.Messaging;

/// <summary>What other modules hear from Homework, and which Wolverine handlers the module brings.</summary>
public sealed class HomeworkMessagesTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task Changes_EachOne_PublishStateChangedWithTheNewVersionAndTheSpecificMessage()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();

        var assigned = await Tracked(() => _scenario.TryAssign(first, new { assignee = "mentee", title = "Read" }));
        var id = Assert.Single(Published<HomeworkAssigned>(assigned)).HomeworkId;
        var started = await Tracked(() => _scenario.ActWithoutWaiting(id, "start"));
        var submitted = await Tracked(() => _scenario.ActWithoutWaiting(id, "submit"));

        Assert.Equal(1, Assert.Single(Published<HomeworkStateChanged>(assigned)).Version);
        var afterStart = Assert.Single(Published<HomeworkStateChanged>(started));
        Assert.Equal((2L, "inProgress"), (afterStart.Version, afterStart.Status));
        var afterSubmit = Assert.Single(Published<HomeworkStateChanged>(submitted));
        Assert.Equal((3L, "submitted"), (afterSubmit.Version, afterSubmit.Status));
        Assert.Equal("Both said: clearer agendas.", afterSubmit.Results);
        Assert.Equal(id, Assert.Single(Published<HomeworkSubmitted>(submitted)).HomeworkId);
    }

    [Fact]
    public async Task RefusedChange_PublishesNothing()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);

        var refused = await Tracked(() => _scenario.ActWithoutWaiting(id, "submit"));

        Assert.Empty(Published<HomeworkStateChanged>(refused));
    }

    [Fact]
    public void Handlers_OfTheModule_AreTheMessageHandlersOnlyNotTheMediatorOnes()
    {
        var graph = app.Services.GetRequiredService<HandlerGraph>();

        // With separated handlers, a message several modules handle has one chain per handler under ByEndpoint.
        var handlerTypes = graph.Chains
            .SelectMany(chain => chain.ByEndpoint.Prepend(chain))
            .SelectMany(chain => chain.Handlers)
            .Select(handler => handler.HandlerType)
            .Where(type => type.Assembly == typeof(HomeworkModule).Assembly)
            .Select(type => type.Name)
            .Distinct()
            .Order();

        Assert.Equal(
            [
                "CoworkerFeedbackAnsweredHandler", "FeedbackGivenHandler", "FeedbackRequestedHandler",
                "HomeworkReflectionAddedHandler", "PairClosedHandler", "PairFormedHandler",
                "ParticipantEnrolledHandler", "ParticipantUpdatedHandler", "ProgrammeLaunchedHandler",
                "SessionCancelledHandler", "SessionHeldHandler", "SessionRescheduledHandler",
                "SessionScheduledHandler",
            ],
            handlerTypes);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheRoutesWithoutTheFeedbackStandIn()
    {
        var response = await _scenario.Api.GetAsync("/openapi/v1.json");

        var document = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/api/homework/{homeworkId}/feedback-outcome", document);
        Assert.DoesNotContain("TEMPORARY", document);
        Assert.Contains("/api/homework/{homeworkId}/comments/{commentId}", document);
        Assert.Contains("/api/homework/{homeworkId}/due", document);
        Assert.Contains("/api/participants/{participantId}/timeline", document);
    }

    // Until another module handles a message, Wolverine records it as having no route rather than as sent; once
    // several modules handle it, it is recorded as sent once per module's queue, so one message counts once.
    private static IEnumerable<T> Published<T>(ITrackedSession session) =>
        session.Sent.MessagesOf<T>().Concat(session.NoRoutes.MessagesOf<T>()).Distinct();

    private async Task<ITrackedSession> Tracked(Func<Task<HttpResponseMessage>> action) =>
        await app.Services.GetRequiredService<IHost>()
            .TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => await action()));
}
