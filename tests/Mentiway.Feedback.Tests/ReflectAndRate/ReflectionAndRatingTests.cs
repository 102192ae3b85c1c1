using System.Net;
using Mentiway.Sessions.Contracts;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Feedback.Tests.ReflectAndRate;

public sealed class ReflectionAndRatingTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);
    private readonly HttpClient _mentor = app.ClientFor(TestPeople.Mentor);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);

    [Fact]
    public async Task ReflectOnHomework_WithRatingAndUnusualText_AnswersNoContent()
    {
        var homeworkId = await app.SubmittedHomeworkItem(_admin, await app.SettledPair(_admin));

        var response = await app.Settled(() => _mentee.PostJson(
            $"/api/homework/{homeworkId}/reflection",
            new { selfRating = 4, text = FeedbackTexts.Unusual }));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Theory]
    [InlineData(0, "Fine", "selfRating")]
    [InlineData(6, "Fine", "selfRating")]
    [InlineData(3, "", "text")]
    [InlineData(3, "bell \u0007", "text")]
    public async Task ReflectOnHomework_WithBadInput_AnswersBadRequestNamingTheField(
        int rating,
        string text,
        string field)
    {
        var homework = await app.SubmittedHomework(await app.SettledPair(_admin));

        var response = await _mentee.PostJson(
            $"/api/homework/{homework.HomeworkId}/reflection",
            new { selfRating = rating, text });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
    }

    [Fact]
    public async Task ReflectOnHomework_OnUnknownItem_AnswersNotFound()
    {
        var response = await _mentee.PostJson(
            $"/api/homework/{Guid.NewGuid()}/reflection",
            new { selfRating = 3, text = "Fine" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ReflectOnSession_OnceHeld_AnswersNoContent()
    {
        var sessionId = await app.HeldSession(await app.SettledPair(_admin));

        var response = await _mentee.PostJson(
            $"/api/sessions/{sessionId}/reflection",
            new { selfRating = 5, text = FeedbackTexts.Unusual });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task ReflectOnSession_NotHeldYet_AnswersConflict()
    {
        var scheduled = app.SessionScheduledFor(await app.SettledPair(_admin));
        await app.Deliver(scheduled);

        var response = await _mentee.PostJson(
            $"/api/sessions/{scheduled.SessionId}/reflection",
            new { selfRating = 5, text = "Good" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("scheduled", (await response.ReadJson())["currentState"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReflectOnSession_WithControlCharacters_AnswersBadRequest()
    {
        var sessionId = await app.HeldSession(await app.SettledPair(_admin));

        var response = await _mentee.PostJson(
            $"/api/sessions/{sessionId}/reflection",
            new { selfRating = 5, text = "escape \u001b[31m" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text", await response.ReadErrorFields());
    }

    [Fact]
    public async Task Rate_ByMentorAndMentee_AveragesPerPairAndPerProgramme()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await app.HeldSession(pair);

        var first = await Rate(_mentor, sessionId, 5);
        var second = await Rate(_mentee, sessionId, 4);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var ratings = await (await _admin.GetAsync($"/api/programmes/{pair.ProgrammeId}/ratings")).ReadJson();
        Assert.Equal(2, ratings["ratingCount"]!.GetValue<int>());
        Assert.Equal(4.5, ratings["average"]!.GetValue<double>());
        var perPair = Assert.Single(ratings["pairs"]!.AsArray());
        Assert.Equal(pair.PairId, perPair!["pairId"]!.GetValue<Guid>());
        Assert.Equal(4.5, perPair["average"]!.GetValue<double>());
    }

    [Fact]
    public async Task Rate_AgainWithinSevenDays_ReplacesTheFirstRating()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await app.HeldSession(pair);
        await Rate(_mentee, sessionId, 2);
        app.Clock.Advance(TimeSpan.FromDays(6));

        var again = await Rate(_mentee, sessionId, 4, comment: FeedbackTexts.Unusual);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var ratings = await (await _admin.GetAsync($"/api/programmes/{pair.ProgrammeId}/ratings")).ReadJson();
        Assert.Equal(1, ratings["ratingCount"]!.GetValue<int>());
        Assert.Equal(4.0, ratings["average"]!.GetValue<double>());
    }

    [Fact]
    public async Task Rate_AgainAfterSevenDays_AnswersConflictAndKeepsTheRating()
    {
        var pair = await app.SettledPair(_admin);
        var sessionId = await app.HeldSession(pair);
        await Rate(_mentee, sessionId, 2);
        app.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var again = await Rate(_mentee, sessionId, 5);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("final", (await again.ReadJson())["currentState"]!.GetValue<string>());
        var ratings = await (await _admin.GetAsync($"/api/programmes/{pair.ProgrammeId}/ratings")).ReadJson();
        Assert.Equal(2.0, ratings["average"]!.GetValue<double>());
    }

    [Fact]
    public async Task Rate_CancelledSession_AnswersConflict()
    {
        var pair = await app.SettledPair(_admin);
        var scheduled = app.SessionScheduledFor(pair);
        await app.Deliver(
            scheduled,
            new SessionCancelled(scheduled.SessionId, pair.PairId, "Ill", app.Clock.GetUtcNow(), "test-mentor"));

        var response = await Rate(_mentee, scheduled.SessionId, 3);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("cancelled", (await response.ReadJson())["currentState"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rate_UnknownSession_AnswersNotFound()
    {
        var response = await Rate(_mentee, Guid.NewGuid(), 3);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(0, null, "rating")]
    [InlineData(6, null, "rating")]
    [InlineData(3, "nul \0", "comment")]
    public async Task Rate_WithBadInput_AnswersBadRequestNamingTheField(int rating, string? comment, string field)
    {
        var sessionId = await app.HeldSession(await app.SettledPair(_admin));

        var response = await Rate(_mentee, sessionId, rating, comment);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
    }

    [Fact]
    public async Task Ratings_OfAProgrammeWithoutRatings_HaveNoAverage()
    {
        var pair = await app.SettledPair(_admin);

        var ratings = await (await _admin.GetAsync($"/api/programmes/{pair.ProgrammeId}/ratings")).ReadJson();

        Assert.Equal(0, ratings["ratingCount"]!.GetValue<int>());
        Assert.Null(ratings["average"]);
        Assert.Null(Assert.Single(ratings["pairs"]!.AsArray())!["average"]);
    }

    [Fact]
    public async Task Ratings_OfUnknownProgramme_AnswersNotFound()
    {
        var response = await _admin.GetAsync($"/api/programmes/{Guid.NewGuid()}/ratings");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Rate(
        HttpClient client,
        Guid sessionId,
        int rating,
        string? comment = null) =>
        client.PostJson($"/api/sessions/{sessionId}/ratings", new { rating, comment });
}
