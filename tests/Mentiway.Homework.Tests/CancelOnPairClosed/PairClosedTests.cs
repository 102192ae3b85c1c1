using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.CancelOnPairClosed;

public sealed class PairClosedTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task PairClosed_WithOpenAndSubmittedHomework_CancelsOnlyTheOpenWithTheReason()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        var assigned = await _scenario.Assign(first);
        var inProgress = await _scenario.Assign(first, assignee: "mentor", title: "Prepare");
        (await _scenario.Act(inProgress, "start")).EnsureSuccessStatusCode();
        var submitted = await _scenario.Assign(first, title: "Done already");
        (await _scenario.Act(submitted, "start")).EnsureSuccessStatusCode();
        (await _scenario.Act(submitted, "submit")).EnsureSuccessStatusCode();

        await app.Settled(() => _scenario.Api.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "Moved on" }));

        var cancelled = await _scenario.Get(assigned);
        Assert.Equal("cancelled", cancelled["status"]!.GetValue<string>());
        Assert.Contains("Moved on", cancelled["cancelReason"]!.GetValue<string>());
        Assert.Equal("cancelled", await _scenario.StatusOf(inProgress));
        Assert.Equal("submitted", await _scenario.StatusOf(submitted));
        var history = await (await _scenario.Api.GetAsync($"/api/homework/{assigned}/history")).ReadJson();
        Assert.Equal("test-admin", history["events"]!.AsArray().Last()!["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Assign_AtSessionOfClosedPair_AnswersConflict()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        await app.Settled(() => _scenario.Api.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "Ended" }));

        var response = await _scenario.TryAssign(first, new { assignee = "mentee", title = "Too late" });

        Assert.Equal(System.Net.HttpStatusCode.Conflict, response.StatusCode);
    }
}
