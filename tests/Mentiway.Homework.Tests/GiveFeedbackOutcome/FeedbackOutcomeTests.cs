using System.Net;
using Mentiway.Feedback.Contracts;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.GiveFeedbackOutcome;

public sealed class FeedbackOutcomeTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task FeedbackOutcome_Accepted_CompletesTheItemWithTheFeedbackOnIt()
    {
        var id = await SubmittedItem();

        var response = await _scenario.GiveFeedback(id, "accepted");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var item = await _scenario.Get(id);
        Assert.Equal("completed", item["status"]!.GetValue<string>());
        var feedback = Assert.Single(item["feedback"]!.AsArray());
        Assert.Equal("accepted", feedback!["outcome"]!.GetValue<string>());
        Assert.Equal("Clear questions.", feedback["wentWell"]!.GetValue<string>());
    }

    [Fact]
    public async Task FeedbackOutcome_NeedsRework_SendsTheItemBackToInProgress()
    {
        var id = await SubmittedItem();

        await _scenario.GiveFeedback(id, "needsRework");

        Assert.Equal("inProgress", await _scenario.StatusOf(id));
        (await _scenario.Act(id, "submit")).EnsureSuccessStatusCode();
        Assert.Equal("submitted", await _scenario.StatusOf(id));
    }

    [Fact]
    public async Task FeedbackGiven_DeliveredTwice_IsAppendedOnce()
    {
        var id = await SubmittedItem();
        var given = new FeedbackGiven(
            Guid.NewGuid(), id, FeedbackOutcome.NeedsRework, null, "More detail", null, _scenario.Now, "test-mentor");

        await _scenario.Publish(given);
        await _scenario.Publish(given);

        var history = await (await _scenario.Api.GetAsync($"/api/homework/{id}/history")).ReadJson();
        Assert.Single(
            history["events"]!.AsArray(),
            e => e!["type"]!.GetValue<string>() == "homework_feedback_received");
        Assert.Equal("inProgress", await _scenario.StatusOf(id));
    }

    [Theory]
    [InlineData("""{}""", "outcome")]
    [InlineData("""{"outcome":"great"}""", "outcome")]
    [InlineData("""{"outcome":"accepted","wentWell":"bell\u0007"}""", "wentWell")]
    public async Task FeedbackOutcome_WithBadInput_AnswersBadRequest(string body, string field)
    {
        var id = await SubmittedItem();

        var response = await _scenario.Api.PostRaw($"/api/homework/{id}/feedback-outcome", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        Assert.Equal("submitted", await _scenario.StatusOf(id));
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
