using System.Text.Json.Nodes;
using Marten;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Items;
using Mentiway.Homework.ReceiveCoworkerFeedback;
using Mentiway.Homework.ReceiveReflection;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Xunit;

namespace Mentiway.Homework.Tests.ReceiveCoworkerFeedback;

/// <summary>Co-worker requests and answers and the mentee's reflection join the item's story, once each.</summary>
public sealed class FeedbackContributionTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task FeedbackRequested_DeliveredTwice_IsAppendedOnceWithTheQuestionAndCount()
    {
        var (_, id) = await StartedItem();
        var requested = new FeedbackRequested(
            Guid.NewGuid(), id, "How do my agendas land?", 3, false, _scenario.Now.AddDays(14), _scenario.Now,
            "test-mentee");

        await _scenario.Publish(requested);
        await _scenario.Publish(requested);

        var entry = Assert.Single(await HistoryOf(id, "homework_coworker_feedback_requested"));
        Assert.Equal("test-mentee", entry!["actor"]!.GetValue<string>());
        Assert.Equal("How do my agendas land?", entry["data"]!["question"]!.GetValue<string>());
        Assert.Equal(3, entry["data"]!["invitedCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task CoworkerFeedbackAnswered_DeliveredTwice_IsAppendedOnce()
    {
        var (_, id) = await StartedItem();
        var answered = new CoworkerFeedbackAnswered(
            Guid.NewGuid(), id, Guid.NewGuid(), "Clearer than last month.", false, _scenario.Now);

        await _scenario.Publish(answered);
        await _scenario.Publish(answered);

        var entry = Assert.Single(await HistoryOf(id, "homework_coworker_feedback_answered"));
        Assert.Equal("Clearer than last month.", entry!["data"]!["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task CoworkerFeedbackAnswered_Anonymous_CarriesNoIdentityOfTheAnswerer()
    {
        var (_, id) = await StartedItem();
        var answerId = Guid.NewGuid();
        var requestId = Guid.NewGuid();

        await _scenario.Publish(new CoworkerFeedbackAnswered(
            answerId, id, requestId, "Speak up sooner.", true, _scenario.Now));

        var entry = Assert.Single(await HistoryOf(id, "homework_coworker_feedback_answered"))!;
        Assert.Equal("co-worker", entry["actor"]!.GetValue<string>());
        var data = entry["data"]!.AsObject();
        Assert.Equal(
            ["anonymous", "answer", "answerId", "at", "by", "requestId"],
            data.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("co-worker", data["by"]!.GetValue<string>());
        Assert.True(data["anonymous"]!.GetValue<bool>());
    }

    [Fact]
    public async Task HomeworkReflectionAdded_DeliveredTwice_IsAppendedOnceAndShownOnTheTimeline()
    {
        var (pair, id) = await StartedItem();
        var reflection = new HomeworkReflectionAdded(
            id, 4, "I listened more than I talked.", _scenario.Now, "test-mentee");

        await _scenario.Publish(reflection);
        await _scenario.Publish(reflection);

        var entry = Assert.Single(await HistoryOf(id, "homework_self_reflection_added"));
        Assert.Equal(4, entry!["data"]!["selfRating"]!.GetValue<int>());
        var timeline = await (await _scenario.Api.GetAsync($"/api/participants/{pair.MenteeId}/timeline")).ReadJson();
        Assert.Contains(
            timeline["items"]!.AsArray(),
            e => e!["type"]!.GetValue<string>() == "homework_self_reflection_added");
    }

    [Fact]
    public async Task HomeworkReflectionAdded_ALaterOne_IsAppendedToo()
    {
        var (_, id) = await StartedItem();

        await _scenario.Publish(new HomeworkReflectionAdded(id, 2, "Hard start.", _scenario.Now, "test-mentee"));
        await _scenario.Publish(new HomeworkReflectionAdded(
            id, 4, "Better now.", _scenario.Now.AddMinutes(5), "test-mentee"));

        Assert.Equal(2, (await HistoryOf(id, "homework_self_reflection_added")).Count);
    }

    [Fact]
    public async Task Contributions_ForAnUnknownItem_ThrowSoThatWolverineRetriesThem()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        var unknown = Guid.NewGuid();

        await Assert.ThrowsAsync<UnknownHomeworkException>(() => CoworkerFeedbackAnsweredHandler.Handle(
            new CoworkerFeedbackAnswered(Guid.NewGuid(), unknown, Guid.NewGuid(), "Hi", true, _scenario.Now),
            session,
            bus,
            CancellationToken.None));
        await Assert.ThrowsAsync<UnknownHomeworkException>(() => FeedbackRequestedHandler.Handle(
            new FeedbackRequested(
                Guid.NewGuid(), unknown, "Q?", 1, false, _scenario.Now.AddDays(1), _scenario.Now, "test-mentee"),
            session,
            bus,
            CancellationToken.None));
        await Assert.ThrowsAsync<UnknownHomeworkException>(() => HomeworkReflectionAddedHandler.Handle(
            new HomeworkReflectionAdded(unknown, 3, "Fine", _scenario.Now, "test-mentee"),
            session,
            bus,
            CancellationToken.None));
    }

    private async Task<List<JsonNode?>> HistoryOf(Guid id, string type)
    {
        var history = await (await _scenario.Api.GetAsync($"/api/homework/{id}/history")).ReadJson();

        return history["events"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == type).ToList();
    }

    private async Task<(PairSetting Pair, Guid Id)> StartedItem()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();

        return (pair, id);
    }
}
