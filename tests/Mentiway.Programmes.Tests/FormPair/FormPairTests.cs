using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Programmes.Tests.FormPair;

public sealed class FormPairTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task Form_WithMentorAndMenteeOfTheProgramme_IsListedAsActive()
    {
        var pair = await _admin.FormPair();

        var list = await (await _admin.GetAsync($"/api/programmes/{pair.ProgrammeId}/pairs?status=active")).ReadJson();

        var listed = Assert.Single(list["items"]!.AsArray());
        Assert.Equal(pair.PairId, listed!["id"]!.GetValue<Guid>());
        Assert.Equal(pair.MentorId, listed["mentorId"]!.GetValue<Guid>());
        Assert.Equal("active", listed["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Form_WithOnePersonAsBothMentorAndMentee_AnswersBadRequest()
    {
        var programmeId = await _admin.LaunchProgramme();
        var mentorId = await _admin.Enrol(programmeId, "mentor");

        var response = await _admin.TryFormPair(programmeId, mentorId, mentorId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("menteeId", await response.ReadErrorFields());
        Assert.Equal(0, await CountPairs(programmeId));
    }

    [Fact]
    public async Task Form_WithRolesSwapped_AnswersBadRequestForBothFields()
    {
        var programmeId = await _admin.LaunchProgramme();
        var mentorId = await _admin.Enrol(programmeId, "mentor");
        var menteeId = await _admin.Enrol(programmeId, "mentee");

        var response = await _admin.TryFormPair(programmeId, menteeId, mentorId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mentorId", await response.ReadErrorFields());
        Assert.Equal(0, await CountPairs(programmeId));
    }

    [Fact]
    public async Task Form_WithCoordinatorAsMentee_AnswersBadRequest()
    {
        var programmeId = await _admin.LaunchProgramme();
        var mentorId = await _admin.Enrol(programmeId, "mentor");
        var coordinatorId = await _admin.Enrol(programmeId, "coordinator");

        var response = await _admin.TryFormPair(programmeId, mentorId, coordinatorId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("menteeId", await response.ReadErrorFields());
    }

    [Fact]
    public async Task Form_WithParticipantOfAnotherProgramme_AnswersBadRequest()
    {
        var programmeId = await _admin.LaunchProgramme();
        var otherProgrammeId = await _admin.LaunchProgramme();
        var mentorId = await _admin.Enrol(programmeId, "mentor");
        var foreignMenteeId = await _admin.Enrol(otherProgrammeId, "mentee");

        var response = await _admin.TryFormPair(programmeId, mentorId, foreignMenteeId);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("menteeId", await response.ReadErrorFields());
    }

    [Fact]
    public async Task Form_WithUnknownIds_AnswersBadRequest()
    {
        var programmeId = await _admin.LaunchProgramme();

        var response = await _admin.TryFormPair(programmeId, Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mentorId", await response.ReadErrorFields());
    }

    [Fact]
    public async Task Form_SecondActivePairForMentee_AnswersConflict()
    {
        var pair = await _admin.FormPair();
        var secondMentorId = await _admin.Enrol(pair.ProgrammeId, "mentor");

        var response = await _admin.TryFormPair(pair.ProgrammeId, secondMentorId, pair.MenteeId);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await CountPairs(pair.ProgrammeId));
    }

    [Fact]
    public async Task Form_TwoRacingPairsForOneMentee_ExactlyOneWins()
    {
        var programmeId = await _admin.LaunchProgramme();
        var menteeId = await _admin.Enrol(programmeId, "mentee");
        var mentors = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _admin.Enrol(programmeId, "mentor")));

        var responses = await Task.WhenAll(
            mentors.Select(mentorId => _admin.TryFormPair(programmeId, mentorId, menteeId)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created),
            r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await CountPairs(programmeId));
    }

    [Fact]
    public async Task Form_AfterThePreviousPairClosed_IsAllowed()
    {
        var pair = await _admin.FormPair();
        var close = await _admin.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "Mentor left" });
        var newMentorId = await _admin.Enrol(pair.ProgrammeId, "mentor");

        var response = await _admin.TryFormPair(pair.ProgrammeId, newMentorId, pair.MenteeId);

        Assert.Equal(HttpStatusCode.NoContent, close.StatusCode);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Close_AlreadyClosedPair_AnswersConflictNamingTheState()
    {
        var pair = await _admin.FormPair();
        await _admin.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "Done" });

        var response = await _admin.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "Again" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("closed", (await response.ReadJson())["currentState"]!.GetValue<string>());
    }

    [Fact]
    public async Task Close_RacingClosesOfOnePair_ExactlyOneWins()
    {
        var pair = await _admin.FormPair();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            _admin.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = $"Reason {i}" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.NoContent);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.NoContent),
            r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async Task Form_WithEmptyBody_NamesBothIdsAndTheGoal()
    {
        var programmeId = await _admin.LaunchProgramme();

        var response = await _admin.PostRaw($"/api/programmes/{programmeId}/pairs", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["goal", "menteeId", "mentorId"], (await response.ReadErrorFields()).Order());
    }

    [Fact]
    public async Task Close_WithoutReason_AnswersBadRequest()
    {
        var pair = await _admin.FormPair();

        var response = await _admin.PostJson($"/api/pairs/{pair.PairId}/close", new { reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.ReadErrorFields());
    }

    [Fact]
    public async Task Close_UnknownPair_AnswersNotFound()
    {
        var response = await _admin.PostJson($"/api/pairs/{Guid.NewGuid()}/close", new { reason = "Gone" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Form_InUnknownProgramme_AnswersNotFound()
    {
        var response = await _admin.TryFormPair(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("finished")]
    [InlineData("1")]
    public async Task List_WithUnknownStatusFilter_AnswersBadRequest(string status)
    {
        var pair = await _admin.FormPair();

        var response = await _admin.GetAsync($"/api/programmes/{pair.ProgrammeId}/pairs?status={status}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("status", await response.ReadErrorFields());
    }

    private async Task<long> CountPairs(Guid programmeId)
    {
        var list = await (await _admin.GetAsync($"/api/programmes/{programmeId}/pairs")).ReadJson();

        return list["totalItems"]!.GetValue<long>();
    }
}
