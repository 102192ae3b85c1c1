using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Sessions.Tests;

/// <summary>Pairs and sessions through the API, for the Sessions module's tests.</summary>
public static class SessionScenario
{
    /// <summary>Forms a pair and waits until the Sessions module has heard of it and of both participants.</summary>
    public static Task<PairSetting> SettledPair(
        this MentiwayApp app,
        HttpClient api,
        string mentorZone = "Europe/Warsaw",
        string menteeZone = "America/Chicago") =>
        app.Settled(() => api.FormPair(mentorZone, menteeZone));

    public static Task<HttpResponseMessage> TrySchedule(
        this HttpClient api,
        Guid pairId,
        DateTimeOffset start,
        int durationMinutes = 60,
        string topic = "Giving feedback") =>
        api.PostJson($"/api/pairs/{pairId}/sessions", new
        {
            topic,
            start = start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            durationMinutes,
        });

    public static async Task<Guid> Schedule(
        this HttpClient api,
        Guid pairId,
        DateTimeOffset start,
        int durationMinutes = 60,
        string topic = "Giving feedback")
    {
        var response = await api.TrySchedule(pairId, start, durationMinutes, topic);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        return await response.ReadCreatedId();
    }

    public static async Task<JsonNode> GetSession(this HttpClient api, Guid sessionId)
    {
        var response = await api.GetAsync($"/api/sessions/{sessionId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        return await response.ReadJson();
    }

    public static Task<HttpResponseMessage> Change(
        this HttpClient api,
        Guid sessionId,
        string action,
        object body,
        long? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/{action}")
        {
            Content = JsonContent(body),
        };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return api.SendAsync(request);
    }

    public static object BodyFor(string action) => action switch
    {
        "cancel" => new { reason = "The mentee is ill." },
        "hold" => new { notes = "Talked about feedback." },
        "reschedule" => new { start = "2026-12-01T10:00:00+01:00" },
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static async Task<string?> ReadCurrentState(this HttpResponseMessage response) =>
        (await response.ReadJson())["currentState"]?.GetValue<string>();

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, ApiJson.Options), System.Text.Encoding.UTF8,
            "application/json");
}
