using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentiway.Sessions.Contracts;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Mentiway.Homework.Tests;

/// <summary>
/// A pair formed through the Programmes API and sessions announced as the Sessions module would announce them,
/// then homework through the Homework API. Every step that causes messages waits until they are handled.
/// </summary>
internal sealed class HomeworkScenario(MentiwayApp app)
{
    public HttpClient Api { get; } = app.ClientFor(TestPeople.Admin);

    public DateTimeOffset Now => app.Clock.GetUtcNow();

    public Task<PairSetting> FormPair(string menteeZone = "America/Chicago") =>
        app.Settled(() => Api.FormPair(menteeZone: menteeZone));

    public async Task<Guid> ScheduleSession(PairSetting pair, DateTimeOffset startsAt)
    {
        var sessionId = Guid.NewGuid();
        await Publish(new SessionScheduled(
            sessionId, pair.PairId, pair.ProgrammeId, "Feedback that lands", startsAt, 60, Now, "test-mentor"));

        return sessionId;
    }

    public Task CancelSession(PairSetting pair, Guid sessionId, string reason = "Mentor is ill") =>
        Publish(new SessionCancelled(sessionId, pair.PairId, reason, Now, "test-mentor"));

    public Task HoldSession(PairSetting pair, Guid sessionId) =>
        Publish(new SessionHeld(sessionId, pair.PairId, Now, "test-mentor"));

    public Task Publish(object message) =>
        app.Settled(async () =>
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(message);
        });

    /// <summary>A pair with one session now and the next a week later; homework is set at the first.</summary>
    public async Task<(PairSetting Pair, Guid First, Guid Second)> PairWithTwoSessions()
    {
        var pair = await FormPair();
        var first = await ScheduleSession(pair, Now.AddHours(1));
        var second = await ScheduleSession(pair, Now.AddDays(7));

        return (pair, first, second);
    }

    public Task<HttpResponseMessage> TryAssign(Guid sessionId, object body) =>
        Api.PostJson($"/api/sessions/{sessionId}/homework", body);

    public async Task<Guid> Assign(Guid sessionId, string assignee = "mentee", string title = "Ask for feedback")
    {
        var response = await TryAssign(sessionId, new
        {
            assignee,
            title,
            instructions = "Ask **two** colleagues how your last review landed.",
        });

        return await response.ReadCreatedId();
    }

    /// <summary>
    /// Changes an item and waits until its messages are handled, so that the other modules (the Feedback module
    /// deciding whether feedback may be given) know the item's new state before the next step.
    /// </summary>
    public Task<HttpResponseMessage> Act(
        Guid homeworkId,
        string action,
        object? body = null,
        long? ifMatch = null) =>
        app.Settled(() => ActWithoutWaiting(homeworkId, action, body, ifMatch));

    /// <summary>The change alone, for tests that track its messages themselves.</summary>
    public Task<HttpResponseMessage> ActWithoutWaiting(
        Guid homeworkId,
        string action,
        object? body = null,
        long? ifMatch = null) =>
        SendWithoutWaiting(HttpMethod.Post, $"/api/homework/{homeworkId}/{action}", body ?? BodyFor(action), ifMatch);

    public Task<HttpResponseMessage> Send(HttpMethod method, string route, object body, long? ifMatch = null) =>
        app.Settled(() => SendWithoutWaiting(method, route, body, ifMatch));

    private async Task<HttpResponseMessage> SendWithoutWaiting(
        HttpMethod method,
        string route,
        object body,
        long? ifMatch)
    {
        using var request = new HttpRequestMessage(method, route) { Content = JsonContent(body) };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return await Api.SendAsync(request);
    }

    /// <summary>
    /// Writes feedback through the Feedback module's API and releases it, then waits until the item has taken it.
    /// Answers the refusal of writing it, if refused, else the release's answer.
    /// </summary>
    public Task<HttpResponseMessage> GiveFeedback(Guid homeworkId, string outcome, object? fuko = null) =>
        app.Settled(async () =>
        {
            var written = await Api.PostJson($"/api/homework/{homeworkId}/feedback", new
            {
                outcome,
                wentWell = "Clear questions.",
                toImprove = "Ask earlier.",
                nextStep = "Try it weekly.",
                fuko,
            });
            if (written.IsSuccessStatusCode == false)
            {
                return written;
            }

            var feedbackId = await written.ReadCreatedId();

            return await Api.PostAsync($"/api/homework/{homeworkId}/feedback/{feedbackId}/release", null);
        });

    public async Task<JsonNode> Get(Guid homeworkId) =>
        await (await Api.GetAsync($"/api/homework/{homeworkId}")).EnsureSuccessStatusCode().ReadJson();

    public async Task<string> StatusOf(Guid homeworkId) => (await Get(homeworkId))["status"]!.GetValue<string>();

    public async Task<long> VersionOf(Guid homeworkId) => (await Get(homeworkId))["version"]!.GetValue<long>();

    /// <summary>A valid body for each change, so tests name only what they vary.</summary>
    public static object BodyFor(string action) => action switch
    {
        "progress" => new { note = "Spoke to one colleague." },
        "edit" => new { title = "Ask for feedback twice", instructions = "Two colleagues, this week." },
        "submit" => new { results = "Both said: clearer agendas.", reflection = "I over-prepare the slides." },
        "due" => new { dueAt = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero) },
        "cancel" => new { reason = "No longer relevant" },
        _ => new { },
    };

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, ApiJson.Options), Encoding.UTF8, "application/json");
}
