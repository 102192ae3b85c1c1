using System.Net;
using System.Net.Http.Json;
using Mentiway.Homework.Contracts;
using Mentiway.Sessions.Tests.Agendas;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Sessions.Tests.Access;

/// <summary>
/// "for" chooses whose agenda it is. The mentor's preparation is the mentor's: the pair's mentee always gets the
/// mentee's agenda, whatever "for" asks; the mentor, coordinators and admins choose.
/// </summary>
public sealed class AgendaReaderAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private const string Preparation = "Prepare two examples of delegation";
    private const string EarlierPreparation = "Read up on delegation";
    private const string Homework = "Delegate one task this week";

    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Theory]
    [InlineData("")]
    [InlineData("?for=mentee")]
    [InlineData("?for=mentor")]
    public async Task Agenda_AsTheMentee_IsTheMenteesWhateverForSays(string query)
    {
        var scenario = await ScenarioWithPreparation();
        var mentee = app.ClientFor(TestPeople.Mentee);

        var agenda = await Agenda(mentee, scenario.Current, query);

        Assert.Equal(await Agenda(_admin, scenario.Current, "?for=mentee"), agenda);
        Assert.Contains("(America/Chicago)", agenda, StringComparison.Ordinal);
        Assert.Contains(Homework, agenda, StringComparison.Ordinal);
        Assert.DoesNotContain(Preparation, agenda, StringComparison.Ordinal);
        Assert.DoesNotContain(EarlierPreparation, agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("The mentor's preparation", agenda, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mentor")]
    [InlineData("coordinator")]
    [InlineData("admin")]
    public async Task Agenda_ForTheMentor_AsTheMentorCoordinatorOrAdmin_ShowsThePreparationInTheMentorsZone(
        string who)
    {
        var scenario = await ScenarioWithPreparation();
        var caller = app.ClientFor(PairCircle.Person(who));

        var agenda = await Agenda(caller, scenario.Current, "?for=mentor");

        Assert.Contains("## The mentor's preparation", agenda, StringComparison.Ordinal);
        Assert.Contains(Preparation, agenda, StringComparison.Ordinal);
        Assert.Contains(EarlierPreparation, agenda, StringComparison.Ordinal);
        Assert.Contains("(Europe/Warsaw)", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("(America/Chicago)", agenda, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_AsTheMentorWithoutFor_IsStillTheMenteesByDefault()
    {
        var scenario = await ScenarioWithPreparation();

        var agenda = await Agenda(app.ClientFor(TestPeople.Mentor), scenario.Current);

        Assert.Contains("(America/Chicago)", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain(Preparation, agenda, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_OwnTemplatePrintingThePreparation_ShowsTheMenteeNone()
    {
        var scenario = await ScenarioWithPreparation();
        var put = await _admin.PutAsJsonAsync(
            $"/api/sessions/{scenario.Current}/agenda-template",
            new { template = "[{{ for p in preparation }}{{ p.title }};{{ end }}]" },
            ApiJson.Options);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);

        var forMentee = await Agenda(app.ClientFor(TestPeople.Mentee), scenario.Current, "?for=mentor");
        var forMentor = await Agenda(app.ClientFor(TestPeople.Mentor), scenario.Current, "?for=mentor");

        Assert.Equal("[]", forMentee);
        Assert.Equal($"[{Preparation};]", forMentor);
    }

    private async Task<AgendaScenario> ScenarioWithPreparation()
    {
        var scenario = await AgendaScenario.Build(app, _admin, "Delegating");
        await app.Settled(() => _admin.Enrol(
            scenario.Pair.ProgrammeId, "coordinator", email: TestPeople.Coordinator.Email));
        HomeworkStateChanged[] states =
        [
            scenario.Homework(scenario.Previous, scenario.Previous, HomeworkAssignee.Mentor, EarlierPreparation,
                "completed"),
            scenario.Homework(scenario.Current, scenario.Current, HomeworkAssignee.Mentor, Preparation, "assigned"),
            scenario.Homework(scenario.Current, scenario.Current, HomeworkAssignee.Mentee, Homework, "assigned"),
        ];

        await app.Settled(async () =>
        {
            foreach (var state in states)
            {
                await app.Publish(state);
            }
        });

        return scenario;
    }

    private static async Task<string> Agenda(HttpClient caller, Guid sessionId, string query = "")
    {
        var response = await caller.GetAsync($"/api/sessions/{sessionId}/agenda{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        return await response.Content.ReadAsStringAsync();
    }
}
