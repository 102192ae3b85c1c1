using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.Access;

/// <summary>
/// A participant's homework list and timeline: the participant themself, their programme's coordinator and an
/// admin see all of it; a mentor of theirs (now or before) the items of their own pairs with them; anyone else is
/// told the participant does not exist, whatever the query asks for.
/// </summary>
public sealed class ParticipantHomeworkAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private static readonly string[] Views = ["homework", "timeline"];

    private readonly AccessScenario _scenario = new(app);

    [Theory]
    [InlineData("mentee")]
    [InlineData("coordinator")]
    [InlineData("admin")]
    public async Task ListTheMenteesHomework_ByThemselvesTheCoordinatorOrAdmin_ListsAllOfIt(string who)
    {
        var (setting, withFirstMentor, withSecondMentor) = await MenteeWithTwoMentors();

        var listed = await Listed(who, setting.Pair.MenteeId);
        var inTimeline = await InTimeline(who, setting.Pair.MenteeId);

        Guid[] all = [withFirstMentor, withSecondMentor];
        Assert.Equal(all.Order(), listed.Order());
        Assert.Equal(all.Order(), inTimeline.Order());
    }

    [Fact]
    public async Task ListTheMenteesHomework_ByEachOfTheirMentors_ListsOnlyTheItemsOfTheirOwnPairs()
    {
        var (setting, withFirstMentor, withSecondMentor) = await MenteeWithTwoMentors();

        // The first pair is closed by now: its mentor still sees what the two of them did.
        Assert.Equal([withFirstMentor], await Listed("mentor", setting.Pair.MenteeId));
        Assert.Equal([withFirstMentor], await InTimeline("mentor", setting.Pair.MenteeId));
        Assert.Equal([withSecondMentor], await Listed("otherMentor", setting.Pair.MenteeId));
        Assert.Equal([withSecondMentor], await InTimeline("otherMentor", setting.Pair.MenteeId));
    }

    [Fact]
    public async Task ListTheMentorsHomework_ByThemselves_ListsTheirPreparation()
    {
        var setting = await _scenario.Programme();
        _ = await _scenario.Assign(setting.Session);
        var preparation = await _scenario.Assign(setting.Session, "mentor");

        Assert.Equal([preparation], await Listed("mentor", setting.Pair.MentorId));
    }

    [Theory]
    [InlineData("mentee", "mentor")]
    [InlineData("mentee", "otherMentee")]
    [InlineData("otherMentee", "mentee")]
    [InlineData("otherMentor", "mentee")]
    [InlineData("mentor", "otherMentee")]
    [InlineData("mentor", "otherMentor")]
    [InlineData("stranger", "mentee")]
    public async Task ReadAnotherParticipantsHomework_WithoutAPairWithThem_AnswersNotFound(string who, string whose)
    {
        var setting = await _scenario.Programme();
        _ = await _scenario.Assign(setting.Session);
        _ = await _scenario.Assign(setting.Session, "mentor");
        var participantId = AccessScenario.ParticipantOf(whose, setting)!.Value;

        foreach (var view in Views)
        {
            var response = await _scenario.Client(who).GetAsync($"/api/participants/{participantId}/{view}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("homework?status=assigned")]
    [InlineData("homework?page=1&pageSize=100")]
    [InlineData("timeline?format=csv")]
    [InlineData("timeline?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z")]
    public async Task ReadTheMentorsHomework_ByTheirMenteeWithAnyQuery_AnswersNotFound(string query)
    {
        var setting = await _scenario.Programme();
        _ = await _scenario.Assign(setting.Session, "mentor");

        var response = await _scenario.Client("mentee")
            .GetAsync($"/api/participants/{setting.Pair.MentorId}/{query}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Timeline_ForTheMentee_NamesTheParticipantBehindEachChange()
    {
        var setting = await _scenario.Programme();
        var mentorCreated = await app.Settled(() => _scenario.Client("mentor").PostJson(
            $"/api/sessions/{setting.Session}/homework", new { assignee = "mentee", title = "Ask for feedback" }));
        var homework = await mentorCreated.ReadCreatedId();
        (await _scenario.Act(_scenario.Client("mentee"), homework, "start")).EnsureSuccessStatusCode();

        var timeline = await (await _scenario.Client("mentee")
                .GetAsync($"/api/participants/{setting.Pair.MenteeId}/timeline"))
            .EnsureSuccessStatusCode()
            .ReadJson();

        Assert.Equal(
            [setting.Pair.MentorId, setting.Pair.MenteeId],
            timeline["items"]!.AsArray().Select(e => e!["actingParticipantId"]!.GetValue<Guid>()));
    }

    /// <summary>
    /// The mentee's homework with the first mentor, their pair then closed, and with a second mentor in a new pair.
    /// </summary>
    private async Task<(AccessSetting Setting, Guid WithFirstMentor, Guid WithSecondMentor)> MenteeWithTwoMentors()
    {
        var setting = await _scenario.Programme();
        var withFirstMentor = await _scenario.Assign(setting.Session);
        _ = await _scenario.Assign(setting.Session, "mentor");
        (await app.Settled(() => _scenario.Admin.PostJson(
            $"/api/pairs/{setting.Pair.PairId}/close", new { reason = "The mentor moved on." })))
            .EnsureSuccessStatusCode();

        var formed = await app.Settled(() => _scenario.Admin.TryFormPair(
            setting.Pair.ProgrammeId, setting.OtherPair.MentorId, setting.Pair.MenteeId));
        var secondPair = new PairSetting(
            setting.Pair.ProgrammeId, await formed.ReadCreatedId(), setting.OtherPair.MentorId, setting.Pair.MenteeId);
        var session = await _scenario.Homework.ScheduleSession(secondPair, _scenario.Homework.Now.AddDays(2));
        var withSecondMentor = await _scenario.Assign(session);

        return (setting, withFirstMentor, withSecondMentor);
    }

    private async Task<List<Guid>> Listed(string who, Guid participantId)
    {
        var page = await (await _scenario.Client(who).GetAsync($"/api/participants/{participantId}/homework"))
            .EnsureSuccessStatusCode()
            .ReadJson();

        return page["items"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()).ToList();
    }

    private async Task<List<Guid>> InTimeline(string who, Guid participantId)
    {
        var page = await (await _scenario.Client(who).GetAsync($"/api/participants/{participantId}/timeline"))
            .EnsureSuccessStatusCode()
            .ReadJson();

        return page["items"]!.AsArray().Select(x => x!["homeworkId"]!.GetValue<Guid>()).Distinct().ToList();
    }
}
