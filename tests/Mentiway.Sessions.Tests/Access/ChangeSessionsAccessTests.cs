using System.Net;
using System.Net.Http.Json;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Sessions.Tests.Access;

/// <summary>
/// The pair's mentor (and an admin) schedules, reschedules, cancels and holds sessions and sets their agenda
/// template. The pair's mentee and the programme's coordinators see the sessions, so they get 403; anyone else 404.
/// </summary>
public sealed class ChangeSessionsAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    private static readonly string[] ActionNames =
        ["schedule", "reschedule", "cancel", "hold", "replace template", "reset template"];

    public static TheoryData<string> Actions => new(ActionNames);

    public static TheoryData<string, string, HttpStatusCode> Refusals
    {
        get
        {
            var refusals = new TheoryData<string, string, HttpStatusCode>();
            foreach (var action in ActionNames)
            {
                refusals.Add(action, "mentee", HttpStatusCode.Forbidden);
                refusals.Add(action, "coordinator", HttpStatusCode.Forbidden);
                refusals.Add(action, "other mentor", HttpStatusCode.NotFound);
                refusals.Add(action, "other mentee", HttpStatusCode.NotFound);
                refusals.Add(action, "stranger", HttpStatusCode.NotFound);
            }

            return refusals;
        }
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Change_AsThePairsMentor_SucceedsAndRecordsTheMentorAsItsCause(string action)
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await ExistingSession(circle, action);

        var response = await Act(app.ClientFor(TestPeople.Mentor), circle, sessionId, action);

        Assert.True(response.IsSuccessStatusCode, $"{action} answered {response.StatusCode}.");
        var changed = action == "schedule" ? await response.ReadCreatedId() : sessionId;
        var (subject, participantId, userName) = await PairCircle.LastCause(app, changed);
        Assert.Equal(TestPeople.Mentor.Subject, subject);
        Assert.Equal(circle.Pair.MentorId.ToString(), participantId);
        Assert.Equal(circle.Pair.MentorId.ToString(), userName);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Change_AsAnAdminFromOutsideTheProgramme_SucceedsAndRecordsTheAdminsSubject(string action)
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await ExistingSession(circle, action);

        var response = await Act(_admin, circle, sessionId, action);

        Assert.True(response.IsSuccessStatusCode, $"{action} answered {response.StatusCode}.");
        var changed = action == "schedule" ? await response.ReadCreatedId() : sessionId;
        var (subject, participantId, userName) = await PairCircle.LastCause(app, changed);
        Assert.Equal(TestPeople.Admin.Subject, subject);
        Assert.Null(participantId);
        Assert.Equal(TestPeople.Admin.Subject, userName);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Change_AsAnyoneButTheMentor_IsRefusedAndChangesNothing(
        string action,
        string who,
        HttpStatusCode expected)
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await ExistingSession(circle, action);

        var response = await Act(app.ClientFor(PairCircle.Person(who)), circle, sessionId, action);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.StartsWith("Only the pair's mentor ", (await response.ReadJson())["detail"]!.GetValue<string>(),
                StringComparison.Ordinal);
        }

        var sessions = await (await _admin.GetAsync($"/api/pairs/{circle.Pair.PairId}/sessions")).ReadJson();
        var only = Assert.Single(sessions["items"]!.AsArray());
        Assert.Equal(sessionId, only!["id"]!.GetValue<Guid>());
        Assert.Equal(ExistingVersion(action), (await _admin.GetSession(sessionId))["version"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("mentee", HttpStatusCode.Forbidden)]
    [InlineData("stranger", HttpStatusCode.NotFound)]
    public async Task Change_AHeldSession_RefusesBeforeTellingItsState(string who, HttpStatusCode expected)
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await _admin.Schedule(circle.Pair.PairId, Now.AddDays(2));
        await _admin.Change(sessionId, "hold", new { });
        var caller = app.ClientFor(PairCircle.Person(who));

        foreach (var action in new[] { "cancel", "hold", "reschedule" })
        {
            var response = await caller.Change(sessionId, action, SessionScenario.BodyFor(action));

            Assert.Equal(expected, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Conflict,
            (await app.ClientFor(TestPeople.Mentor).Change(sessionId, "cancel", SessionScenario.BodyFor("cancel")))
            .StatusCode);
    }

    [Fact]
    public async Task Change_WithAStaleIfMatch_AsAStranger_AnswersNotFoundRatherThanPreconditionFailed()
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await _admin.Schedule(circle.Pair.PairId, Now.AddDays(2));
        await _admin.Change(sessionId, "hold", new { });

        var stranger = await app.ClientFor(TestPeople.Stranger)
            .Change(sessionId, "cancel", SessionScenario.BodyFor("cancel"), ifMatch: 1);
        var mentor = await app.ClientFor(TestPeople.Mentor)
            .Change(sessionId, "cancel", SessionScenario.BodyFor("cancel"), ifMatch: 1);

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, mentor.StatusCode);
    }

    [Theory]
    [InlineData("mentor", HttpStatusCode.Conflict)]
    [InlineData("coordinator", HttpStatusCode.Forbidden)]
    [InlineData("other mentor", HttpStatusCode.NotFound)]
    public async Task Schedule_ForAClosedPair_RefusesBeforeTellingItIsClosed(string who, HttpStatusCode expected)
    {
        var circle = await PairCircle.Build(app, _admin);
        await app.Settled(() =>
            _admin.PostJson($"/api/pairs/{circle.Pair.PairId}/close", new { reason = "Done." }));

        var response = await app.ClientFor(PairCircle.Person(who)).TrySchedule(circle.Pair.PairId, Now.AddDays(2));

        Assert.Equal(expected, response.StatusCode);
    }

    // Every action but scheduling needs a session; resetting the template needs one that has its own.
    private async Task<Guid> ExistingSession(PairCircle circle, string action)
    {
        var sessionId = await _admin.Schedule(circle.Pair.PairId, Now.AddDays(2));
        if (action == "reset template")
        {
            var put = await _admin.PutAsJsonAsync(
                $"/api/sessions/{sessionId}/agenda-template", new { template = "Own" }, ApiJson.Options);
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }

        return sessionId;
    }

    private static long ExistingVersion(string action) => action == "reset template" ? 2 : 1;

    private Task<HttpResponseMessage> Act(HttpClient caller, PairCircle circle, Guid sessionId, string action) =>
        action switch
        {
            "schedule" => caller.TrySchedule(circle.Pair.PairId, Now.AddDays(9)),
            "replace template" => caller.PutAsJsonAsync(
                $"/api/sessions/{sessionId}/agenda-template", new { template = "Mine" }, ApiJson.Options),
            "reset template" => caller.DeleteAsync($"/api/sessions/{sessionId}/agenda-template"),
            _ => caller.Change(sessionId, action, SessionScenario.BodyFor(action)),
        };
}
