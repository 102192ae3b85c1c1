using System.Net;
using System.Net.Http.Json;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.Access;

/// <summary>
/// The conversation on an item is the pair's: the mentor, the mentee on their own homework, and an admin write;
/// the coordinator reads but does not write. Only a comment's author edits it. Each comment names the participant
/// who wrote it, and its notice reaches the others of the pair who may read the item.
/// </summary>
public sealed class CommentAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly AccessScenario _scenario = new(app);

    [Theory]
    [InlineData("mentor", HttpStatusCode.Created)]
    [InlineData("mentee", HttpStatusCode.Created)]
    [InlineData("admin", HttpStatusCode.Created)]
    [InlineData("coordinator", HttpStatusCode.Forbidden)]
    [InlineData("otherMentor", HttpStatusCode.NotFound)]
    [InlineData("otherMentee", HttpStatusCode.NotFound)]
    [InlineData("stranger", HttpStatusCode.NotFound)]
    public async Task CommentOnTheMenteesHomework_ByEachCaller_AnswersAsTheRulesSay(
        string who,
        HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        var response = await _scenario.Comment(_scenario.Client(who), homework);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, (await Thread(homework)).Count);
    }

    [Theory]
    [InlineData("mentor", HttpStatusCode.Created)]
    [InlineData("mentee", HttpStatusCode.NotFound)]
    [InlineData("coordinator", HttpStatusCode.Forbidden)]
    public async Task CommentOnTheMentorsPreparation_ByEachCaller_AnswersAsTheRulesSay(
        string who,
        HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();
        var preparation = await _scenario.Assign(setting.Session, "mentor");

        var response = await _scenario.Comment(_scenario.Client(who), preparation);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Comment_ByEachOfThePair_NamesTheParticipantWhoWroteIt()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        (await _scenario.Comment(_scenario.Client("mentee"), homework, "Started.")).EnsureSuccessStatusCode();
        (await _scenario.Comment(_scenario.Client("mentor"), homework, "Good.")).EnsureSuccessStatusCode();
        (await _scenario.Comment(_scenario.Admin, homework, "Noted.")).EnsureSuccessStatusCode();

        Guid?[] expected = [setting.Pair.MenteeId, setting.Pair.MentorId, null];
        var authors = (await Thread(homework)).Select(c => c!["authorParticipantId"]?.GetValue<Guid>());
        Assert.Equal(expected, authors);
        var acted = (await _scenario.History(homework)).TakeLast(3);
        Assert.Equal(expected, acted.Select(e => e!["actingParticipantId"]?.GetValue<Guid>()));
    }

    [Fact]
    public async Task Comment_ByTheMenteeBeforeStarting_NotifiesTheMentorNotThemselves()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        (await _scenario.Comment(_scenario.Client("mentee"), homework)).EnsureSuccessStatusCode();

        Assert.Contains("homeworkCommented", await _scenario.InboxKinds(setting.Pair.MentorId));
        Assert.DoesNotContain("homeworkCommented", await _scenario.InboxKinds(setting.Pair.MenteeId));
    }

    [Fact]
    public async Task Comment_ByTheMentorOnTheirPreparation_NotifiesNobodyAndNeverTheMentee()
    {
        var setting = await _scenario.Programme();
        var preparation = await _scenario.Assign(setting.Session, "mentor");

        (await _scenario.Comment(_scenario.Client("mentor"), preparation)).EnsureSuccessStatusCode();
        (await _scenario.Comment(_scenario.Admin, preparation)).EnsureSuccessStatusCode();

        Assert.DoesNotContain("homeworkCommented", await _scenario.InboxKinds(setting.Pair.MenteeId));
        // The one notice is the admin's comment; the mentor is not told of their own.
        Assert.Single(await _scenario.InboxKinds(setting.Pair.MentorId), kind => kind == "homeworkCommented");
    }

    [Fact]
    public async Task Comment_ByAnAdminFromOutsideThePair_NotifiesBothOfThePair()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        (await _scenario.Comment(_scenario.Admin, homework)).EnsureSuccessStatusCode();

        Assert.Contains("homeworkCommented", await _scenario.InboxKinds(setting.Pair.MentorId));
        Assert.Contains("homeworkCommented", await _scenario.InboxKinds(setting.Pair.MenteeId));
    }

    [Theory]
    [InlineData("mentee", HttpStatusCode.OK)]
    [InlineData("mentor", HttpStatusCode.Forbidden)]
    [InlineData("coordinator", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    [InlineData("otherMentee", HttpStatusCode.NotFound)]
    [InlineData("stranger", HttpStatusCode.NotFound)]
    public async Task EditTheMenteesComment_ByEachCaller_OnlyItsAuthorMay(string who, HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        var commentId = await (await _scenario.Comment(_scenario.Client("mentee"), homework, "Mine")).ReadCreatedId();

        var response = await _scenario.Client(who)
            .PutAsJsonAsync($"/api/homework/{homework}/comments/{commentId}", new { text = "Changed" });

        Assert.Equal(expected, response.StatusCode);
        var text = Assert.Single(await Thread(homework))!["text"]!.GetValue<string>();
        Assert.Equal(expected == HttpStatusCode.OK ? "Changed" : "Mine", text);
    }

    [Fact]
    public async Task EditTheMentorsCommentOnTheirPreparation_ByTheMentee_AnswersNotFound()
    {
        var setting = await _scenario.Programme();
        var preparation = await _scenario.Assign(setting.Session, "mentor");
        var commentId = await (await _scenario.Comment(_scenario.Client("mentor"), preparation)).ReadCreatedId();

        var response = await _scenario.Client("mentee")
            .PutAsJsonAsync($"/api/homework/{preparation}/comments/{commentId}", new { text = "Changed" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditOwnComment_AfterFifteenMinutes_StillAnswersConflict()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        var mentor = _scenario.Client("mentor");
        var commentId = await (await _scenario.Comment(mentor, homework, "Mine")).ReadCreatedId();
        app.Clock.Advance(TimeSpan.FromMinutes(16));

        var response = await mentor.PutAsJsonAsync(
            $"/api/homework/{homework}/comments/{commentId}", new { text = "Changed" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private async Task<System.Text.Json.Nodes.JsonArray> Thread(Guid homeworkId) =>
        (await (await _scenario.Admin.GetAsync($"/api/homework/{homeworkId}/comments"))
            .EnsureSuccessStatusCode()
            .ReadJson())["items"]!.AsArray();
}
