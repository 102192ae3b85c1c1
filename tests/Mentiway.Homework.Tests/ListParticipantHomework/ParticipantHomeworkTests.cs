using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.ListParticipantHomework;

public sealed class ParticipantHomeworkTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task List_AfterTheDueMomentPasses_FlagsOpenItemsOverdueButNotSubmittedOnes()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        var dueAt = _scenario.Now.AddDays(2);
        var open = await Assign(first, dueAt, "Open");
        var submitted = await Assign(first, dueAt, "Submitted");
        (await _scenario.Act(submitted, "start")).EnsureSuccessStatusCode();
        (await _scenario.Act(submitted, "submit")).EnsureSuccessStatusCode();

        var before = await List(pair.MenteeId);
        app.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var after = await List(pair.MenteeId);

        Assert.False(before[open]);
        Assert.True(after[open]);
        Assert.False(after[submitted]);
    }

    [Fact]
    public async Task List_WithStatusFilter_ListsOnlyThatStatus()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        _ = await _scenario.Assign(first);
        var started = await _scenario.Assign(first, title: "Started");
        (await _scenario.Act(started, "start")).EnsureSuccessStatusCode();

        var list = await (await _scenario.Api.GetAsync(
            $"/api/participants/{pair.MenteeId}/homework?status=inProgress")).ReadJson();

        Assert.Equal(started, Assert.Single(list["items"]!.AsArray())!["id"]!.GetValue<Guid>());
    }

    [Theory]
    [InlineData("?status=late", "status")]
    [InlineData("?page=0", "page")]
    public async Task List_WithBadQuery_AnswersBadRequest(string query, string field)
    {
        var pair = await _scenario.FormPair();

        var response = await _scenario.Api.GetAsync($"/api/participants/{pair.MenteeId}/homework{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
    }

    [Fact]
    public async Task List_UnknownParticipant_AnswersNotFound()
    {
        var response = await _scenario.Api.GetAsync($"/api/participants/{Guid.NewGuid()}/homework");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> Assign(Guid sessionId, DateTimeOffset dueAt, string title) =>
        await (await _scenario.TryAssign(sessionId, new { assignee = "mentee", title, dueAt })).ReadCreatedId();

    private async Task<Dictionary<Guid, bool>> List(Guid participantId)
    {
        var list = await (await _scenario.Api.GetAsync($"/api/participants/{participantId}/homework")).ReadJson();

        return list["items"]!.AsArray()
            .ToDictionary(item => item!["id"]!.GetValue<Guid>(), item => item!["overdue"]!.GetValue<bool>());
    }
}
