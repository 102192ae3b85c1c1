using System.Globalization;
using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.AssignHomework;

public sealed class AssignHomeworkTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task Assign_WithoutDueMoment_IsDueAtThePairsNextSession()
    {
        var pair = await _scenario.FormPair();
        var first = await _scenario.ScheduleSession(pair, _scenario.Now.AddHours(1));
        var nextStart = _scenario.Now.AddDays(14);
        _ = await _scenario.ScheduleSession(pair, nextStart);

        var id = await _scenario.Assign(first);

        var item = await _scenario.Get(id);
        Assert.Equal(nextStart, item["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("assigned", item["status"]!.GetValue<string>());
        Assert.Equal(pair.MenteeId, item["assigneeId"]!.GetValue<Guid>());
        Assert.Equal(1, item["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Assign_WithoutDueMomentOrNextSession_IsDueOneCadenceAfterTheSession()
    {
        var pair = await _scenario.FormPair();
        var start = _scenario.Now.AddHours(2);
        var only = await _scenario.ScheduleSession(pair, start);

        var id = await _scenario.Assign(only);

        var item = await _scenario.Get(id);
        Assert.Equal(start.AddDays(21), item["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(pair.MenteeId, item["assigneeId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Assign_MentorPreparationBeforeTheSession_IsDueWhenTheSessionStarts()
    {
        var pair = await _scenario.FormPair();
        var start = _scenario.Now.AddDays(3);
        var session = await _scenario.ScheduleSession(pair, start);
        _ = await _scenario.ScheduleSession(pair, _scenario.Now.AddDays(20));

        var id = await _scenario.Assign(session, assignee: "mentor");

        var item = await _scenario.Get(id);
        Assert.Equal(start, item["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(pair.MentorId, item["assigneeId"]!.GetValue<Guid>());
        Assert.Equal("mentor", item["assignee"]!.GetValue<string>());
    }

    // Chicago is UTC-6 until daylight saving begins on 2026-03-08, UTC-5 after: the day's end follows the zone.
    [Theory]
    [InlineData("2026-03-05", "2026-03-06T06:00:00Z")]
    [InlineData("2026-03-10", "2026-03-11T05:00:00Z")]
    public async Task Assign_WithDueDayForMenteeWestOfUtc_IsDueWhenTheirNextDayBegins(string dueOn, string expected)
    {
        var pair = await _scenario.FormPair(menteeZone: "America/Chicago");
        var session = await _scenario.ScheduleSession(pair, _scenario.Now.AddHours(1));

        var response = await _scenario.TryAssign(session, new { assignee = "mentee", title = "Read", dueOn });

        var item = await _scenario.Get(await response.ReadCreatedId());
        var dueAt = item["dueAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), dueAt);
    }

    [Fact]
    public async Task Assign_WithDueInstant_KeepsThatInstantInUtc()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();

        var response = await _scenario.TryAssign(first, new
        {
            assignee = "mentee",
            title = "Read the chapter",
            dueAt = "2026-03-20T18:00:00+01:00",
        });

        var item = await _scenario.Get(await response.ReadCreatedId());
        Assert.Equal(
            new DateTimeOffset(2026, 3, 20, 17, 0, 0, TimeSpan.Zero),
            item["dueAt"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Assign_AtHeldSession_IsAllowedAndListedAtTheSession()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        await _scenario.HoldSession(pair, first);

        var id = await _scenario.Assign(first);

        var list = await (await _scenario.Api.GetAsync($"/api/sessions/{first}/homework")).ReadJson();
        Assert.Equal(id, Assert.Single(list["items"]!.AsArray())!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Assign_AtCancelledSession_AnswersConflict()
    {
        var (pair, first, _) = await _scenario.PairWithTwoSessions();
        await _scenario.CancelSession(pair, first);

        var response = await _scenario.TryAssign(first, new { assignee = "mentee", title = "Too late" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("cancelled", (await response.ReadJson())["currentState"]!.GetValue<string>());
    }

    [Fact]
    public async Task Assign_AtUnknownSession_AnswersNotFound()
    {
        var response = await _scenario.TryAssign(Guid.NewGuid(), new { assignee = "mentee", title = "Lost" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_AtUnknownSession_AnswersNotFound()
    {
        var response = await _scenario.Api.GetAsync($"/api/sessions/{Guid.NewGuid()}/homework");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"title":"Read"}""", "assignee" },
        { """{"assignee":"coach","title":"Read"}""", "assignee" },
        { """{"assignee":"mentee","title":""}""", "title" },
        { """{"assignee":"mentee","title":"Two\nlines"}""", "title" },
        { $$"""{"assignee":"mentee","title":"{{new string('x', 201)}}"}""", "title" },
        { $$"""{"assignee":"mentee","title":"Read","instructions":"{{new string('x', 4001)}}"}""", "instructions" },
        { """{"assignee":"mentee","title":"Read","instructions":"bell\u0007"}""", "instructions" },
        { """{"assignee":"mentee","title":"Read","dueAt":"2026-03-20T18:00:00Z","dueOn":"2026-03-20"}""", "dueOn" },
        { """{"assignee":"mentee","title":"Read","dueOn":"20 March"}""", "dueOn" },
        { """{"assignee":"mentee","title":"Read","dueAt":"tomorrow"}""", "dueAt" },
        { """{"assignee":"mentee","title":"Read","dueOn":"9999-12-31"}""", "dueOn" },
        { """{"assignee":"mentee","title":"Read","dueOn":"0001-01-01"}""", "dueOn" },
        { """{"assignee":"mentee","title":"Read","dueAt":"9999-12-31T23:59:59Z"}""", "dueAt" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Assign_WithBadInput_AnswersBadRequestNamingTheField(string body, string field)
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();

        var response = await _scenario.Api.PostRaw($"/api/sessions/{first}/homework", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        var list = await (await _scenario.Api.GetAsync($"/api/sessions/{first}/homework")).ReadJson();
        Assert.Equal(0, list["totalItems"]!.GetValue<long>());
    }
}
