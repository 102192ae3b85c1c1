using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.Lifecycle;

/// <summary>Every change endpoint refuses bad input with a field error and leaves the item as it was.</summary>
public sealed class BadInputTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    public static TheoryData<string, string, string> Cases => new()
    {
        { "progress", """{"note":""}""", "note" },
        { "progress", $$"""{"note":"{{new string('x', 4001)}}"}""", "note" },
        { "edit", """{"title":"","instructions":"x"}""", "title" },
        { "edit", $$"""{"title":"ok","instructions":"{{new string('x', 4001)}}"}""", "instructions" },
        { "submit", """{"reflection":"Thought about it"}""", "results" },
        { "due", """{}""", "dueAt" },
        { "due", """{"dueAt":"2026-04-01T00:00:00Z","dueOn":"2026-04-01"}""", "dueOn" },
        { "due", """{"dueAt":"next week"}""", "dueAt" },
        { "carry-over", """{"toSessionId":"00000000-0000-0000-0000-000000000000"}""", "toSessionId" },
        { "carry-over", """{"toSessionId":"not-a-guid"}""", "toSessionId" },
        { "carry-over", $$"""{"toSessionId":"{{Guid.NewGuid()}}"}""", "toSessionId" },
        { "cancel", """{"reason":" "}""", "reason" },
        { "cancel", """{}""", "reason" },
        { "submit", """{"results":""", "results" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Act_WithBadInput_AnswersBadRequestNamingTheField(string action, string body, string field)
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();

        var response = await _scenario.Api.PostRaw($"/api/homework/{id}/{action}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        Assert.Equal(2, await _scenario.VersionOf(id));
    }

    [Fact]
    public async Task ChangeDue_WithDay_IsDueWhenTheAssigneesNextDayBegins()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);

        var response = await _scenario.Act(id, "due", new { dueOn = new DateOnly(2026, 4, 1) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dueAt = (await _scenario.Get(id))["dueAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 5, 0, 0, TimeSpan.Zero), dueAt);
    }
}
