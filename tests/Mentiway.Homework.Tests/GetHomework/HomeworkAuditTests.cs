using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.GetHomework;

public sealed class HomeworkAuditTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task GetAsOf_PastMoments_ReplaysTheItemAsItStoodThen()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var assignedAt = _scenario.Now;
        var id = await _scenario.Assign(first);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var startedAt = _scenario.Now;
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromDays(2));
        (await _scenario.Act(id, "submit")).EnsureSuccessStatusCode();

        var beforeAssignment = await _scenario.Api.GetAsync(
            $"/api/homework/{id}?asOf={Iso(assignedAt.AddSeconds(-1))}");
        var afterAssignment = await AsOf(id, assignedAt.AddHours(1));
        var afterStart = await AsOf(id, startedAt.AddHours(1));

        Assert.Equal(HttpStatusCode.NotFound, beforeAssignment.StatusCode);
        Assert.Equal("assigned", afterAssignment["status"]!.GetValue<string>());
        Assert.Equal(1, afterAssignment["version"]!.GetValue<long>());
        Assert.Equal("inProgress", afterStart["status"]!.GetValue<string>());
        Assert.Equal(2, afterStart["version"]!.GetValue<long>());
        Assert.Equal("submitted", await _scenario.StatusOf(id));
    }

    [Fact]
    public async Task History_AfterChanges_ListsEveryEventWithStableTypeActorMomentAndVersion()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        app.Clock.Advance(TimeSpan.FromHours(3));
        var startedAt = _scenario.Now;
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();
        (await _scenario.Act(id, "progress")).EnsureSuccessStatusCode();

        var history = await (await _scenario.Api.GetAsync($"/api/homework/{id}/history")).ReadJson();

        var events = history["events"]!.AsArray();
        Assert.Equal(
            ["homework_assigned", "homework_started", "homework_progress_noted"],
            events.Select(e => e!["type"]!.GetValue<string>()));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e!["version"]!.GetValue<long>()));
        Assert.All(events, e => Assert.Equal(TestPeople.Admin.Subject, e!["actor"]!.GetValue<string>()));
        // The admin is enrolled nowhere in the programme: no participant acted, and the entry says so.
        Assert.All(events, e => Assert.True(e!.AsObject().ContainsKey("actingParticipantId")));
        Assert.All(events, e => Assert.Null(e!["actingParticipantId"]));
        Assert.Equal(startedAt, events[1]!["at"]!.GetValue<DateTimeOffset>());
        Assert.Equal("Spoke to one colleague.", events[2]!["data"]!["note"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(events[0]!["correlationId"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-03-02T09:00:00")]
    public async Task GetAsOf_WithBadInstant_AnswersBadRequestNamingAsOf(string asOf)
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);

        var response = await _scenario.Api.GetAsync($"/api/homework/{id}?asOf={asOf}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("asOf", await response.ReadErrorFields());
    }

    [Fact]
    public async Task GetAndHistory_UnknownHomework_AnswerNotFound()
    {
        var get = await _scenario.Api.GetAsync($"/api/homework/{Guid.NewGuid()}");
        var history = await _scenario.Api.GetAsync($"/api/homework/{Guid.NewGuid()}/history");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> AsOf(Guid id, DateTimeOffset moment) =>
        await (await _scenario.Api.GetAsync($"/api/homework/{id}?asOf={Iso(moment)}"))
            .EnsureSuccessStatusCode()
            .ReadJson();

    private static string Iso(DateTimeOffset moment) =>
        Uri.EscapeDataString(moment.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}
