using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentiway.Sessions.Agendas;
using Mentiway.Testing;
using Scriban.Runtime;
using Xunit;

namespace Mentiway.Sessions.Tests.Agendas;

public sealed class AgendaTemplateTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task ReplaceTemplate_Valid_IsUsedUntilDeletedAndBumpsTheVersion()
    {
        var sessionId = await NewSession("Delegating");

        var put = await PutTemplate(sessionId, "Topic: {{ session.topic }} for {{ mentee.name }}");
        var own = await AgendaText(sessionId);
        var delete = await _admin.DeleteAsync($"/api/sessions/{sessionId}/agenda-template");
        var fallback = await AgendaText(sessionId);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal("\"2\"", put.Headers.ETag?.Tag);
        Assert.Equal("Topic: Delegating for A mentee", own);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal("\"3\"", delete.Headers.ETag?.Tag);
        Assert.Contains("## Since last time", fallback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello {{ end }}", 1)]
    [InlineData("Line one\n{{ if }}\n", 2, 7)]
    [InlineData("{{ for x in }}{{ end }}", 1, 13)]
    public async Task ReplaceTemplate_ThatDoesNotParse_AnswersBadRequestWithLineAndColumn(
        string template,
        int line,
        int column = 0)
    {
        var sessionId = await NewSession("Delegating");

        var response = await PutTemplate(sessionId, template);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = (await response.ReadJson())["errors"]!["template"]![0]!.GetValue<string>();
        Assert.Contains($"line {line}, column ", reason, StringComparison.Ordinal);
        if (column > 0)
        {
            Assert.Contains($"line {line}, column {column}", reason, StringComparison.Ordinal);
        }

        Assert.Contains("## Since last time", await AgendaText(sessionId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"template":""}""")]
    public async Task ReplaceTemplate_Missing_AnswersBadRequest(string json)
    {
        var sessionId = await NewSession("Delegating");

        var response = await _admin.PutAsync($"/api/sessions/{sessionId}/agenda-template",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("template", await response.ReadErrorFields());
    }

    [Theory]
    [InlineData("{{ unclosed")]
    [InlineData("{{ '' }}   ")]
    public async Task ReplaceTemplate_ThatRendersNothing_AnswersBadRequestAndKeepsTheAgenda(string template)
    {
        var sessionId = await NewSession("Delegating");

        var response = await PutTemplate(sessionId, template);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("template", await response.ReadErrorFields());
        Assert.Contains("Delegating", await AgendaText(sessionId));
    }

    [Fact]
    public async Task ReplaceTemplate_TooLong_AnswersBadRequest()
    {
        var sessionId = await NewSession("Delegating");

        var response = await PutTemplate(sessionId, new string('x', AgendaTemplates.MaxTemplateLength + 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("template", await response.ReadErrorFields());
    }

    [Fact]
    public async Task ReplaceTemplate_DeeplyNested_IsRefusedWithoutCrashing()
    {
        var sessionId = await NewSession("Delegating");
        var nested = "{{ " + new string('(', 5000) + "1" + new string(')', 5000) + " }}";

        var response = await PutTemplate(sessionId, nested);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("template", await response.ReadErrorFields());
    }

    [Fact]
    public async Task ReplaceTemplate_WithStaleIfMatch_AnswersPreconditionFailed()
    {
        var sessionId = await NewSession("Delegating");
        await PutTemplate(sessionId, "First");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/sessions/{sessionId}/agenda-template")
        {
            Content = JsonContent.Create(new { template = "Second" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));

        var response = await _admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("First", await AgendaText(sessionId));
    }

    [Theory]
    [InlineData("loops forever", "{{ while true }}x{{ end }}")]
    [InlineData("recurses deeply", "{{ func down }}{{ down }}{{ end }}{{ down }}")]
    [InlineData("emits megabytes", "{{ for i in 1..500 }}{{ 'x' | string.pad_right 10000 }}{{ end }}")]
    [InlineData("builds a huge string", "{{ s = 'x' }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}{{ s }}")]
    [InlineData("includes another template", "{{ include 'secrets' }}")]
    public async Task ReplaceTemplate_Runaway_IsRefusedWhenSavedAndTheAgendaStillRenders(string what, string template)
    {
        var sessionId = await NewSession("Delegating");

        var response = await PutTemplate(sessionId, template);

        Assert.True(
            response.StatusCode == HttpStatusCode.BadRequest,
            $"A template that {what} answered {response.StatusCode}.");
        var reason = (await response.ReadJson())["errors"]!["template"]![0]!.GetValue<string>();
        Assert.StartsWith("was stopped", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("TemplateLoader", reason, StringComparison.Ordinal);
        Assert.Contains("Delegating", await AgendaText(sessionId), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ session.GetType }}|{{ session.topic.Length }}|{{ mentee.ToString }}")]
    [InlineData("{{ session.get_type }}|{{ session.topic.length }}|{{ environment }}")]
    public async Task Agenda_TemplateReachingForDotNetMembers_SeesNothingButItsModel(string template)
    {
        var sessionId = await NewSession("Delegating");
        await PutTemplate(sessionId, template);

        var response = await _admin.GetAsync($"/api/sessions/{sessionId}/agenda");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("||", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Render_SlowerThanTheTimeLimit_IsStopped()
    {
        var slow = "{{ for i in 1..900 }}{{ 'x' | string.pad_right 100000 | string.size }}{{ end }}";

        var stopped = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            AgendaTemplates.Render(slow, new ScriptObject(), TimeSpan.FromMilliseconds(1), CancellationToken.None));

        Assert.Contains("ran longer than", stopped.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    private async Task<Guid> NewSession(string topic)
    {
        var pair = await app.SettledPair(_admin);

        return await _admin.Schedule(pair.PairId, app.Clock.GetUtcNow().AddDays(7), topic: topic);
    }

    private Task<HttpResponseMessage> PutTemplate(Guid sessionId, string template) =>
        _admin.PutAsJsonAsync($"/api/sessions/{sessionId}/agenda-template", new { template }, ApiJson.Options);

    private async Task<string> AgendaText(Guid sessionId)
    {
        var response = await _admin.GetAsync($"/api/sessions/{sessionId}/agenda");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        return await response.Content.ReadAsStringAsync();
    }
}
