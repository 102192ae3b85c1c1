using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.GetParticipantTimeline;

public sealed class ParticipantTimelineTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task Timeline_TwoItemsChangedInTurn_ListsTheirEventsInTheOrderTheyHappened()
    {
        var (pair, firstItem, secondItem, _) = await TwoInterleavedItems();

        var timeline = await Timeline(pair.MenteeId, string.Empty);

        var entries = timeline["items"]!.AsArray();
        Assert.Equal(
            [firstItem, secondItem, firstItem, secondItem],
            entries.Select(e => e!["homeworkId"]!.GetValue<Guid>()));
        Assert.Equal(
            ["homework_assigned", "homework_assigned", "homework_started", "homework_cancelled"],
            entries.Select(e => e!["type"]!.GetValue<string>()));
        Assert.Equal(4, timeline["totalItems"]!.GetValue<long>());
    }

    [Fact]
    public async Task Timeline_WithPeriod_ListsOnlyEventsWithinIt()
    {
        var (pair, firstItem, _, moments) = await TwoInterleavedItems();

        var timeline = await Timeline(pair.MenteeId, $"&from={Iso(moments[2])}&to={Iso(moments[3])}");

        var entry = Assert.Single(timeline["items"]!.AsArray());
        Assert.Equal(firstItem, entry!["homeworkId"]!.GetValue<Guid>());
        Assert.Equal("homework_started", entry["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Timeline_Paged_GivesTheRequestedPage()
    {
        var (pair, _, secondItem, _) = await TwoInterleavedItems();

        var timeline = await Timeline(pair.MenteeId, "&page=2&pageSize=3");

        var entry = Assert.Single(timeline["items"]!.AsArray());
        Assert.Equal(secondItem, entry!["homeworkId"]!.GetValue<Guid>());
        Assert.True(timeline["hasNextPage"]!.GetValue<bool>() == false);
    }

    [Theory]
    [InlineData("?format=csv", null)]
    [InlineData("", "text/csv")]
    public async Task Timeline_AsCsv_ExportsOneRowPerEventWithAHeader(string query, string? accept)
    {
        var (pair, firstItem, _, moments) = await TwoInterleavedItems();
        var route = $"/api/participants/{pair.MenteeId}/timeline{query}";
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await _scenario.Api.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("At,HomeworkId,Version,Type,Actor,ActingParticipantId,CorrelationId,Data", lines[0]);
        Assert.StartsWith($"{moments[0]:yyyy-MM-ddTHH:mm:ss}", lines[1]);
        Assert.Contains(firstItem.ToString(), lines[1]);
        Assert.Contains("homework_cancelled", lines[4]);
    }

    [Fact]
    public async Task Timeline_AsCsv_NeverLeavesAFormulaForASpreadsheetToRun()
    {
        // The mentee's subject is the formula: their token, linked to their enrolment, starts the item.
        var formulaPerson = new Mentiway.Host.Identity.TokenPerson("=HYPERLINK(\"http://x\")", "F", "f@test.example");
        var pair = await app.Settled(() => _scenario.Api.FormPair(mentee: formulaPerson));
        var session = await _scenario.ScheduleSession(pair, _scenario.Now.AddHours(1));
        var item = await _scenario.Assign(session);
        using var client = app.ClientFor(formulaPerson);
        (await client.PostAsync($"/api/homework/{item}/start", null)).EnsureSuccessStatusCode();

        var csv = await _scenario.Api.GetStringAsync($"/api/participants/{pair.MenteeId}/timeline?format=csv");

        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=soon", "from")]
    [InlineData("?from=2026-03-05T00:00:00Z&to=2026-03-04T00:00:00Z", "to")]
    [InlineData("?format=xml", "format")]
    [InlineData("?pageSize=500", "pageSize")]
    public async Task Timeline_WithBadQuery_AnswersBadRequestNamingTheField(string query, string field)
    {
        var pair = await _scenario.FormPair();

        var response = await _scenario.Api.GetAsync($"/api/participants/{pair.MenteeId}/timeline{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
    }

    [Fact]
    public async Task Timeline_UnknownParticipant_AnswersNotFound()
    {
        var response = await _scenario.Api.GetAsync($"/api/participants/{Guid.NewGuid()}/timeline");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Assign A, assign B, start A, cancel B, an hour apart; the mentor's item stays out of it.</summary>
    private async Task<(PairSetting Pair, Guid First, Guid Second, DateTimeOffset[] Moments)> TwoInterleavedItems()
    {
        var (pair, session, _) = await _scenario.PairWithTwoSessions();
        var moments = new List<DateTimeOffset>();

        moments.Add(_scenario.Now);
        var first = await _scenario.Assign(session, title: "First");
        app.Clock.Advance(TimeSpan.FromHours(1));
        moments.Add(_scenario.Now);
        var second = await _scenario.Assign(session, title: "Second");
        _ = await _scenario.Assign(session, assignee: "mentor", title: "Prepare");
        app.Clock.Advance(TimeSpan.FromHours(1));
        moments.Add(_scenario.Now);
        (await _scenario.Act(first, "start")).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromHours(1));
        moments.Add(_scenario.Now);
        (await _scenario.Act(second, "cancel")).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromHours(1));

        return (pair, first, second, moments.ToArray());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> Timeline(Guid participantId, string query) =>
        await (await _scenario.Api.GetAsync($"/api/participants/{participantId}/timeline?format=json{query}"))
            .EnsureSuccessStatusCode()
            .ReadJson();

    private static string Iso(DateTimeOffset moment) =>
        Uri.EscapeDataString(moment.ToString("O", CultureInfo.InvariantCulture));
}
