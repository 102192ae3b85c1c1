using System.Net;
using System.Net.Http.Headers;
using Mentiway.Homework.Contracts;
using Mentiway.Testing;
using Snapshooter.Xunit;
using Xunit;

namespace Mentiway.Sessions.Tests.Agendas;

public sealed class GetAgendaTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task Agenda_DefaultTemplateForTheMentee_ShowsHomeworkSinceLastTimeAndWhatIsSetToday()
    {
        var scenario = await ScenarioWithHomework();

        var agenda = await Agenda(scenario.Current);

        Snapshot.Match(agenda);
    }

    [Fact]
    public async Task Agenda_ForTheMentor_WritesTimesInTheMentorsZone()
    {
        var scenario = await ScenarioWithHomework();

        var agenda = await Agenda(scenario.Current, "?for=mentor");

        Snapshot.Match(agenda);
    }

    [Fact]
    public async Task Agenda_AsHtml_IsRenderedByMarkdown()
    {
        var scenario = await ScenarioWithHomework();

        var agenda = await Agenda(scenario.Current, accept: "text/html");

        Snapshot.Match(agenda);
    }

    [Fact]
    public async Task Agenda_LowerHomeworkVersionArrivingLate_IsIgnored()
    {
        var scenario = await AgendaScenario.Build(app, _admin, "Delegating");
        var newer = scenario.Homework(scenario.Previous, scenario.Previous, HomeworkAssignee.Mentee, "Newer title",
            "submitted", version: 3);
        var older = newer with { Title = "Older title", Version = 2 };

        await app.Settled(() => app.Publish(newer));
        await app.Settled(() => app.Publish(older));
        await app.Settled(() => app.Publish(newer));

        var agenda = await Agenda(scenario.Current);
        Assert.Contains("### Newer title", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("Older title", agenda, StringComparison.Ordinal);
        Assert.Equal(2, agenda.Split("### Newer title").Length);
    }

    [Fact]
    public async Task Agenda_UserTextLikeMarkupOrTemplateCode_IsShownLiterallyInMarkdownAndEscapedInHtml()
    {
        var scenario = await AgendaScenario.Build(app, _admin, "<script>alert(1)</script> {{ 7*7 }}");
        await app.Settled(() => app.Publish(scenario.Homework(
            scenario.Previous, scenario.Previous, HomeworkAssignee.Mentee, "{{ 6*7 }}", "submitted",
            results: "<img src=x onerror=alert(2)>", reflection: "{{ include 'x' }}")));

        var markdown = await Agenda(scenario.Current);
        var html = await Agenda(scenario.Current, accept: "text/html");

        // In Markdown, the characters that would make markup are escaped, so any renderer shows the text as written.
        Assert.Contains(@"\<script\>alert(1)\</script\> \{\{ 7\*7 \}\}", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\{\{ 6\*7 \}\}", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\<img src=x onerror=alert(2)\>", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\{\{ include 'x' \}\}", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("49", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("42", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("{{ 6*7 }}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_LinksAndPicturesInUserText_AreNeitherFollowedNorFetched()
    {
        var scenario = await AgendaScenario.Build(app, _admin, "[click](javascript:alert(1))");
        await app.Settled(() => app.Publish(scenario.Homework(
            scenario.Previous, scenario.Previous, HomeworkAssignee.Mentee, "![pixel](http://tracker.example/p.png)",
            "submitted", results: "# Not a heading", reflection: "1. not a list")));

        var html = await Agenda(scenario.Current, accept: "text/html");

        Assert.DoesNotContain("javascript:", html.Replace("[click](javascript:alert(1))", "", StringComparison.Ordinal),
            StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>Not a heading", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("See [the guide](https://example.org/guide)", "<a href=\"https://example.org/guide\">the guide</a>")]
    [InlineData("See [the guide](javascript:alert(1))", "See the guide")]
    [InlineData("![pixel](http://tracker.example/p.png)", "pixel")]
    public void Instructions_AsMarkdown_KeepWebLinksOnly(string instructions, string expected)
    {
        var html = Mentiway.Sessions.Agendas.AgendaText.ToHtml(instructions);

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_UnknownSession_AnswersNotFound()
    {
        var response = await _admin.GetAsync($"/api/sessions/{Guid.NewGuid()}/agenda");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Agenda_ForSomeoneElse_AnswersBadRequest()
    {
        var scenario = await AgendaScenario.Build(app, _admin, "Delegating");

        var response = await _admin.GetAsync($"/api/sessions/{scenario.Current}/agenda?for=coordinator");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("for", await response.ReadErrorFields());
    }

    private async Task<AgendaScenario> ScenarioWithHomework()
    {
        var scenario = await AgendaScenario.Build(app, _admin, "Delegating without letting go");
        var feedback = new HomeworkFeedbackNote(
            "accepted", "You asked specific questions.", "Ask earlier in the week.", "Try it with a peer.",
            new DateTimeOffset(2026, 3, 17, 8, 30, 0, TimeSpan.Zero));
        HomeworkStateChanged[] states =
        [
            scenario.Homework(scenario.Previous, scenario.Previous, HomeworkAssignee.Mentee,
                "Ask for feedback on a code review", "completed", version: 4,
                results: "Asked two colleagues; both answered.", reflection: "It felt awkward at first.\nThen fine.",
                feedback: [feedback]),
            scenario.Homework(scenario.Previous, scenario.Current, HomeworkAssignee.Mentee,
                "Write down three decisions you delegated", "inProgress", version: 2),
            scenario.Homework(scenario.Current, scenario.Current, HomeworkAssignee.Mentor,
                "Prepare two examples of delegation", "assigned"),
            scenario.Homework(scenario.Current, scenario.Current, HomeworkAssignee.Mentee,
                "Delegate one task this week", "assigned"),
            scenario.Homework(scenario.Next, scenario.Next, HomeworkAssignee.Mentee,
                "Set later, not on this agenda", "assigned"),
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

    private async Task<string> Agenda(Guid sessionId, string query = "", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{sessionId}/agenda{query}");
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await _admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accept ?? "text/markdown", response.Content.Headers.ContentType?.MediaType);

        return await response.Content.ReadAsStringAsync();
    }
}
