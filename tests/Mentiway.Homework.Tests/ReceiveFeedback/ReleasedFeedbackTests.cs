using System.Net;
using System.Text.Json.Nodes;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Contracts;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.Tracking;
using Xunit;

namespace Mentiway.Homework.Tests.ReceiveFeedback;

/// <summary>Feedback written and released through the Feedback module's API moves a submitted item on.</summary>
public sealed class ReleasedFeedbackTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task ReleaseFeedback_Accepted_CompletesTheItemWithTheTextOnItAndInItsHistory()
    {
        var id = await SubmittedItem();

        var response = await _scenario.GiveFeedback(id, "accepted");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var item = await _scenario.Get(id);
        Assert.Equal("completed", item["status"]!.GetValue<string>());
        var feedback = Assert.Single(item["feedback"]!.AsArray());
        Assert.Equal("accepted", feedback!["outcome"]!.GetValue<string>());
        Assert.Equal("Clear questions.", feedback["wentWell"]!.GetValue<string>());
        var received = Assert.Single(await HistoryOf(id, "homework_feedback_received"));
        Assert.Equal("Ask earlier.", received!["data"]!["toImprove"]!.GetValue<string>());
        Assert.Equal("Try it weekly.", received["data"]!["nextStep"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReleaseFeedback_NeedsRework_SendsTheItemBackToInProgress()
    {
        var id = await SubmittedItem();

        await _scenario.GiveFeedback(id, "needsRework");

        Assert.Equal("inProgress", await _scenario.StatusOf(id));
        (await _scenario.Act(id, "submit")).EnsureSuccessStatusCode();
        Assert.Equal("submitted", await _scenario.StatusOf(id));
    }

    [Fact]
    public async Task ReleaseFeedback_WithFuko_KeepsTheFourPartsOnTheItem()
    {
        var id = await SubmittedItem();
        var fuko = new
        {
            facts = "You asked two colleagues.",
            feelings = "I was glad 🙂",
            consequences = "They opened up.",
            expectations = "Ask one more next week.",
        };

        await _scenario.GiveFeedback(id, "accepted", fuko);

        var note = Assert.Single((await _scenario.Get(id))["feedback"]!.AsArray())!["fuko"]!;
        Assert.Equal("I was glad 🙂", note["feelings"]!.GetValue<string>());
        Assert.Equal("Ask one more next week.", note["expectations"]!.GetValue<string>());
        var received = Assert.Single(await HistoryOf(id, "homework_feedback_received"));
        Assert.Equal("You asked two colleagues.", received!["data"]!["fuko"]!["facts"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReleaseFeedback_Accepted_PublishesTheStateWithTheFeedbackTextForAgendas()
    {
        var id = await SubmittedItem();
        var written = await _scenario.Api.PostJson(
            $"/api/homework/{id}/feedback",
            new { outcome = "accepted", wentWell = "Calm tone.", fuko = new { facts = "Two talks held." } });
        var feedbackId = await written.ReadCreatedId();

        var tracked = await app.Services.GetRequiredService<IHost>()
            .TrackActivity()
            .Timeout(TimeSpan.FromSeconds(30))
            .DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
                await _scenario.Api.PostAsync($"/api/homework/{id}/feedback/{feedbackId}/release", null)));

        // Sent once to each module that follows items: one message all the same.
        var state = Assert.Single(
            tracked.Sent.MessagesOf<HomeworkStateChanged>().Distinct(),
            m => m.HomeworkId == id && m.Version == 4);
        Assert.Equal("completed", state.Status);
        var note = Assert.Single(state.Feedback);
        Assert.Equal(("accepted", "Calm tone.", "Two talks held."), (note.Outcome, note.WentWell, note.Fuko?.Facts));
    }

    [Fact]
    public async Task FeedbackGiven_DeliveredTwice_IsAppendedOnce()
    {
        var id = await SubmittedItem();
        var given = new FeedbackGiven(
            Guid.NewGuid(), id, FeedbackOutcome.NeedsRework, null, "More detail", null, _scenario.Now, "test-mentor");

        await _scenario.Publish(given);
        await _scenario.Publish(given);

        Assert.Single(await HistoryOf(id, "homework_feedback_received"));
        Assert.Equal("inProgress", await _scenario.StatusOf(id));
    }

    [Fact]
    public async Task GiveFeedback_OnItemNotSubmitted_AnswersConflictAndLeavesItAsItWas()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();

        var response = await _scenario.GiveFeedback(id, "accepted");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("inProgress", await _scenario.StatusOf(id));
    }

    [Fact]
    public async Task FeedbackOutcome_TheTemporaryRoute_IsGone()
    {
        var id = await SubmittedItem();

        var response = await _scenario.Api.PostJson(
            $"/api/homework/{id}/feedback-outcome", new { outcome = "accepted" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("submitted", await _scenario.StatusOf(id));
    }

    private async Task<List<JsonNode?>> HistoryOf(Guid id, string type)
    {
        var history = await (await _scenario.Api.GetAsync($"/api/homework/{id}/history")).ReadJson();

        return history["events"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == type).ToList();
    }

    private async Task<Guid> SubmittedItem()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();
        (await _scenario.Act(id, "submit")).EnsureSuccessStatusCode();

        return id;
    }
}
