using System.Text.Json.Nodes;
using Mentiway.Homework.Contracts;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Notifications.Tests.Inbox;

/// <summary>A comment on homework is told to the other one of the pair, by what the Homework module can tell.</summary>
public sealed class HomeworkCommentTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task HomeworkCommentAdded_ByTheAssignee_NotifiesTheOtherOneOfThePairOnly()
    {
        var (pair, assigned) = await MenteeHomework();

        await app.Deliver(CommentOn(assigned, authorIsAssignee: true));

        Assert.Equal(["homeworkCommented"], (await Items(pair.MentorId)).Select(KindOf));
        Assert.DoesNotContain("homeworkCommented", (await Items(pair.MenteeId)).Select(KindOf));
    }

    [Fact]
    public async Task HomeworkCommentAdded_BySomeoneElse_NotifiesTheAssigneeOnly()
    {
        var (pair, assigned) = await MenteeHomework();

        await app.Deliver(CommentOn(assigned, authorIsAssignee: false));

        var entry = Assert.Single(await Items(pair.MenteeId), e => KindOf(e) == "homeworkCommented");
        Assert.Equal(assigned.HomeworkId, entry!["homeworkId"]!.GetValue<Guid>());
        Assert.Empty(await Items(pair.MentorId));
    }

    [Fact]
    public async Task HomeworkCommentAdded_WhileNobodyActedAsAssignee_NotifiesBothOfThePair()
    {
        var (pair, assigned) = await MenteeHomework();

        await app.Deliver(CommentOn(assigned, authorIsAssignee: null));

        Assert.Contains("homeworkCommented", (await Items(pair.MenteeId)).Select(KindOf));
        Assert.Contains("homeworkCommented", (await Items(pair.MentorId)).Select(KindOf));
    }

    [Fact]
    public async Task HomeworkCommentAdded_OnTheMentorsPreparationByTheMentor_NotifiesTheMentee()
    {
        var pair = await app.SettledPair(_admin);
        var preparation = app.HomeworkAssignedTo(pair, HomeworkAssignee.Mentor);
        await app.Deliver(preparation);

        await app.Deliver(CommentOn(preparation, authorIsAssignee: true));

        Assert.Equal(["homeworkCommented"], (await Items(pair.MenteeId)).Select(KindOf));
        Assert.Empty(await Items(pair.MentorId));
    }

    [Fact]
    public async Task HomeworkCommentAdded_DeliveredTwice_WritesOneEntry()
    {
        var (pair, assigned) = await MenteeHomework();
        var comment = CommentOn(assigned, authorIsAssignee: true);

        await app.Deliver(comment);
        await app.Deliver(comment);

        Assert.Single(await Items(pair.MentorId));
    }

    private async Task<(PairSetting Pair, HomeworkAssigned Assigned)> MenteeHomework()
    {
        var pair = await app.SettledPair(_admin);
        var assigned = app.HomeworkAssignedTo(pair);
        await app.Deliver(assigned);

        return (pair, assigned);
    }

    private HomeworkCommentAdded CommentOn(HomeworkAssigned assigned, bool? authorIsAssignee) => new(
        assigned.HomeworkId,
        assigned.PairId,
        CommentId: Guid.NewGuid(),
        AuthorSubject: "someone",
        WrittenAt: app.Clock.GetUtcNow(),
        AuthorIsAssignee: authorIsAssignee);

    private async Task<JsonArray> Items(Guid participantId) =>
        (await (await _admin.GetAsync($"/api/participants/{participantId}/notifications"))
            .EnsureSuccessStatusCode().ReadJson())["items"]!.AsArray();

    private static string KindOf(JsonNode? entry) => entry!["kind"]!.GetValue<string>();
}
