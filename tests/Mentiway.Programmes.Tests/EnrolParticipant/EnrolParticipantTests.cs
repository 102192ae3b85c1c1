using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Programmes.Tests.EnrolParticipant;

public sealed class EnrolParticipantTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task Enrol_WithValidParticipant_IsListedWithRoleAndZone()
    {
        var programmeId = await _admin.LaunchProgramme();

        var participantId = await _admin.Enrol(programmeId, "mentee", "America/Chicago", "jordan@example.org");

        var list = await (await _admin.GetAsync($"/api/programmes/{programmeId}/participants?role=mentee")).ReadJson();
        var participant = Assert.Single(list["items"]!.AsArray());
        Assert.Equal(participantId, participant!["id"]!.GetValue<Guid>());
        Assert.Equal("mentee", participant["role"]!.GetValue<string>());
        Assert.Equal("America/Chicago", participant["timeZone"]!.GetValue<string>());
        Assert.Equal("jordan@example.org", participant["email"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("jordan.example.org")]
    [InlineData("jordan@")]
    [InlineData("@example.org")]
    [InlineData("jordan@example")]
    [InlineData("jordan miller@example.org")]
    [InlineData("jordan@example.org, maria@example.org")]
    [InlineData("jordan,maria@example.org")]
    [InlineData("jordan@example.org\nBcc: all@example.org")]
    [InlineData("Jordan <jordan@example.org>")]
    [InlineData("jordan@@example.org")]
    [InlineData(" jordan@example.org")]
    [InlineData("")]
    public async Task Enrol_WithInvalidEmail_AnswersBadRequestAndStoresNothing(string email)
    {
        var programmeId = await _admin.LaunchProgramme();

        var response = await EnrolRaw(programmeId, email: email);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("email", await response.ReadErrorFields());
        Assert.Equal(0, await CountParticipants(programmeId));
    }

    [Theory]
    [InlineData("Central European Standard Time")]
    [InlineData("W. Europe Standard Time")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("europe/nowhere")]
    [InlineData("")]
    public async Task Enrol_WithUnknownOrWindowsTimeZone_AnswersBadRequest(string timeZone)
    {
        var programmeId = await _admin.LaunchProgramme();

        var response = await EnrolRaw(programmeId, timeZone: timeZone);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("timeZone", await response.ReadErrorFields());
        Assert.Equal(0, await CountParticipants(programmeId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Tab\tName")]
    public async Task Enrol_WithBlankOrControlCharacterName_AnswersBadRequest(string displayName)
    {
        var programmeId = await _admin.LaunchProgramme();

        var response = await EnrolRaw(programmeId, displayName: displayName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("displayName", await response.ReadErrorFields());
    }

    [Fact]
    public async Task Enrol_WithOverlongName_AnswersBadRequest()
    {
        var programmeId = await _admin.LaunchProgramme();

        var response = await EnrolRaw(programmeId, displayName: new string('n', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("displayName", await response.ReadErrorFields());
    }

    [Fact]
    public async Task Enrol_WithUnknownRole_AnswersBadRequestNamingRole()
    {
        var programmeId = await _admin.LaunchProgramme();

        var response = await _admin.PostRaw(
            $"/api/programmes/{programmeId}/participants",
            "{\"displayName\":\"A\",\"email\":\"a@example.org\",\"role\":\"guru\",\"timeZone\":\"Europe/Warsaw\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJson();
        Assert.Equal("must be one of mentor, mentee, coordinator", problem["errors"]!["role"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Enrol_SameEmailTwiceInOneProgramme_AnswersConflict()
    {
        var programmeId = await _admin.LaunchProgramme();
        await _admin.Enrol(programmeId, "mentor", email: "twice@example.org");

        var response = await EnrolRaw(programmeId, email: "TWICE@example.org");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await CountParticipants(programmeId));
    }

    [Fact]
    public async Task Enrol_SamePersonInTwoProgrammes_IsAllowed()
    {
        var first = await _admin.LaunchProgramme();
        var second = await _admin.LaunchProgramme();

        await _admin.Enrol(first, "mentor", email: "both@example.org");
        var response = await EnrolRaw(second, email: "both@example.org");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Enrol_InUnknownProgramme_AnswersNotFound()
    {
        var response = await EnrolRaw(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<HttpResponseMessage> EnrolRaw(
        Guid programmeId,
        string displayName = "Jordan Miller",
        string email = "jordan@example.org",
        string role = "mentee",
        string timeZone = "America/Chicago") =>
        _admin.PostJson($"/api/programmes/{programmeId}/participants", new { displayName, email, role, timeZone });

    private async Task<long> CountParticipants(Guid programmeId)
    {
        var list = await (await _admin.GetAsync($"/api/programmes/{programmeId}/participants")).ReadJson();

        return list["totalItems"]!.GetValue<long>();
    }
}
