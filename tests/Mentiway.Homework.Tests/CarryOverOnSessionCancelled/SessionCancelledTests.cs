using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.CarryOverOnSessionCancelled;

public sealed class SessionCancelledTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task SessionCancelled_WithALaterSession_MovesOpenHomeworkThere()
    {
        var pair = await _scenario.FormPair();
        _ = await _scenario.ScheduleSession(pair, _scenario.Now.AddHours(1));
        var second = await _scenario.ScheduleSession(pair, _scenario.Now.AddDays(7));
        var third = await _scenario.ScheduleSession(pair, _scenario.Now.AddDays(14));
        var open = await _scenario.Assign(second);
        var started = await _scenario.Assign(second, title: "Started");
        (await _scenario.Act(started, "start")).EnsureSuccessStatusCode();
        var cancelledItem = await _scenario.Assign(second, title: "Dropped");
        (await _scenario.Act(cancelledItem, "cancel")).EnsureSuccessStatusCode();

        await _scenario.CancelSession(pair, second);
        await _scenario.CancelSession(pair, second);

        var moved = await _scenario.Get(open);
        Assert.Equal(third, moved["currentSessionId"]!.GetValue<Guid>());
        Assert.Equal(second, moved["setAtSessionId"]!.GetValue<Guid>());
        Assert.Equal(2, moved["version"]!.GetValue<long>());
        Assert.Equal(third, (await _scenario.Get(started))["currentSessionId"]!.GetValue<Guid>());
        Assert.Equal("inProgress", await _scenario.StatusOf(started));
        Assert.Equal(second, (await _scenario.Get(cancelledItem))["currentSessionId"]!.GetValue<Guid>());
        var atThird = await (await _scenario.Api.GetAsync($"/api/sessions/{third}/homework")).ReadJson();
        Assert.Equal(2, atThird["totalItems"]!.GetValue<long>());
    }

    [Fact]
    public async Task SessionCancelled_WithoutALaterSession_FlagsHomeworkUntilTheNextIsScheduled()
    {
        var pair = await _scenario.FormPair();
        var only = await _scenario.ScheduleSession(pair, _scenario.Now.AddHours(1));
        var id = await _scenario.Assign(only);

        await _scenario.CancelSession(pair, only);

        var waiting = await _scenario.Get(id);
        Assert.True(waiting["awaitingSession"]!.GetValue<bool>());
        Assert.Equal("assigned", waiting["status"]!.GetValue<string>());

        var next = await _scenario.ScheduleSession(pair, _scenario.Now.AddDays(3));

        var moved = await _scenario.Get(id);
        Assert.False(moved["awaitingSession"]!.GetValue<bool>());
        Assert.Equal(next, moved["currentSessionId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task CarryOver_ToSessionOfAnotherPair_AnswersBadRequest()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var (_, _, foreign) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);

        var response = await _scenario.Act(id, "carry-over", new { toSessionId = foreign });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("toSessionId", await response.ReadErrorFields());
    }

    [Fact]
    public async Task CarryOver_WithoutTarget_GoesToTheNextSessionAndIsDueAtItsStart()
    {
        var pair = await _scenario.FormPair();
        var first = await _scenario.ScheduleSession(pair, _scenario.Now.AddHours(1));
        var nextStart = _scenario.Now.AddDays(10);
        var next = await _scenario.ScheduleSession(pair, nextStart);
        var id = await _scenario.Assign(first, title: "Carried");

        var response = await _scenario.Act(id, "carry-over", new { reason = "Ran out of time" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var item = await _scenario.Get(id);
        Assert.Equal(next, item["currentSessionId"]!.GetValue<Guid>());
        Assert.Equal(nextStart, item["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal([first, next], item["sessionIds"]!.AsArray().Select(s => s!.GetValue<Guid>()));
    }

    [Fact]
    public async Task CarryOver_WithoutALaterSession_AnswersConflict()
    {
        var pair = await _scenario.FormPair();
        var only = await _scenario.ScheduleSession(pair, _scenario.Now.AddHours(1));
        var id = await _scenario.Assign(only);

        var response = await _scenario.Act(id, "carry-over", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task SessionCancelled_BeforeItsSchedulingArrives_LeavesTheSessionCancelled()
    {
        var pair = await _scenario.FormPair();
        var sessionId = Guid.NewGuid();
        await _scenario.CancelSession(pair, sessionId);
        await _scenario.Publish(new Mentiway.Sessions.Contracts.SessionScheduled(
            sessionId, pair.PairId, pair.ProgrammeId, "Late news", _scenario.Now.AddDays(1), 60, _scenario.Now, "x"));

        var response = await _scenario.TryAssign(sessionId, new { assignee = "mentee", title = "Never" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("cancelled", (await response.ReadJson())["currentState"]!.GetValue<string>());
    }
}
