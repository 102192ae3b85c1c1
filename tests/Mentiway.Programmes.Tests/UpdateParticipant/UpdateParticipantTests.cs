using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Programmes.Tests.UpdateParticipant;

public sealed class UpdateParticipantTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task Update_TimeZoneOnly_KeepsTheNameAndChangesTheZone()
    {
        var programmeId = await _admin.LaunchProgramme();
        var participantId = await _admin.Enrol(programmeId, "mentee", "Europe/Warsaw");

        var response = await _admin.PatchJson($"/api/participants/{participantId}", new { timeZone = "Asia/Tokyo" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var participant = await SingleParticipant(programmeId);
        Assert.Equal("Asia/Tokyo", participant["timeZone"]!.GetValue<string>());
        Assert.Equal("A mentee", participant["displayName"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{}", "body")]
    [InlineData("{\"timeZone\":\"Pacific Standard Time\"}", "timeZone")]
    [InlineData("{\"displayName\":\"\"}", "displayName")]
    public async Task Update_WithInvalidChange_AnswersBadRequestAndChangesNothing(string json, string field)
    {
        var programmeId = await _admin.LaunchProgramme();
        var participantId = await _admin.Enrol(programmeId, "mentee", "Europe/Warsaw");

        var response = await _admin.PatchAsync(
            $"/api/participants/{participantId}",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        Assert.Equal("Europe/Warsaw", (await SingleParticipant(programmeId))["timeZone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_UnknownParticipant_AnswersNotFound()
    {
        var response = await _admin.PatchJson($"/api/participants/{Guid.NewGuid()}", new { displayName = "X" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> SingleParticipant(Guid programmeId)
    {
        var list = await (await _admin.GetAsync($"/api/programmes/{programmeId}/participants")).ReadJson();

        return Assert.Single(list["items"]!.AsArray())!;
    }
}
