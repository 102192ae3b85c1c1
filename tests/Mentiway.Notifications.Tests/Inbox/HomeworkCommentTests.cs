using System.Text.Json.Nodes;
using Mentiway.Homework.Contracts;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Notifications.Tests.Inbox;

/// <summary>
/// A comment on homework is told to the pair's members who may read the item, other than its author: the mentee
/// reads their own homework only, never the mentor's preparation.
/// </summary>
public sealed class HomeworkCommentTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task HomeworkCommentAdded_ByTheMentee_NotifiesTheMentorOnly()
    {
        var (pair, assigned) = await MenteeHomework();

        await app.Deliver(CommentOn(assigned, pair.MenteeId, PairRole.Mentee));

        Assert.Equal(["homeworkCommented"], (await Items(pair.MentorId)).Select(KindOf));
        Assert.DoesNotContain("homeworkCommented", (await Items(pair.MenteeId)).Select(KindOf));
    }

    [Fact]
    public async Task HomeworkCommentAdded_ByTheMentor_NotifiesTheMenteeOnly()
    {
        var (pair, assigned) = await MenteeHomework();

        await app.Deliver(CommentOn(assigned, pair.MentorId, PairRole.Mentor));

        var entry = Assert.Single(await Items(pair.MenteeId), e => KindOf(e) == "homeworkCommented");
        Assert.Equal(assigned.HomeworkId, entry!["homeworkId"]!.GetValue<Guid>());
        Assert.Empty(await Items(pair.MentorId));
    }

    [Fact]
    public async Task HomeworkCommentAdded_BySomeoneOutsideThePair_NotifiesBothOfThePair()
    {
        var (pair, assigned) = await MenteeHomework();

        await app.Deliver(CommentOn(assigned, authorParticipantId: null, authorRole: null));

        Assert.Contains("homeworkCommented", (await Items(pair.MenteeId)).Select(KindOf));
        Assert.Contains("homeworkCommented", (await Items(pair.MentorId)).Select(KindOf));
    }

    [Fact]
    public async Task HomeworkCommentAdded_OnTheMentorsPreparationByTheMentor_NotifiesNobody()
    {
        var pair = await app.SettledPair(_admin);
        var preparation = app.HomeworkAssignedTo(pair, HomeworkAssignee.Mentor);
        await app.Deliver(preparation);

        await app.Deliver(CommentOn(preparation, pair.MentorId, PairRole.Mentor));

        Assert.DoesNotContain("homeworkCommented", (await Items(pair.MenteeId)).Select(KindOf));
        Assert.Empty(await Items(pair.MentorId));
    }

    [Fact]
    public async Task HomeworkCommentAdded_OnTheMentorsPreparationBySomeoneOutsideThePair_NotifiesTheMentorOnly()
    {
        var pair = await app.SettledPair(_admin);
        var preparation = app.HomeworkAssignedTo(pair, HomeworkAssignee.Mentor);
        await app.Deliver(preparation);

        await app.Deliver(CommentOn(preparation, authorParticipantId: null, authorRole: null));

        Assert.Equal(["homeworkCommented"], (await Items(pair.MentorId)).Select(KindOf));
        Assert.DoesNotContain("homeworkCommented", (await Items(pair.MenteeId)).Select(KindOf));
    }

    [Fact]
    public async Task HomeworkCommentAdded_DeliveredTwice_WritesOneEntry()
    {
        var (pair, assigned) = await MenteeHomework();
        var comment = CommentOn(assigned, pair.MenteeId, PairRole.Mentee);

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

    private HomeworkCommentAdded CommentOn(
        HomeworkAssigned assigned,
        Guid? authorParticipantId,
        PairRole? authorRole) => new(
        assigned.HomeworkId,
        assigned.PairId,
        CommentId: Guid.NewGuid(),
        AuthorSubject: "someone",
        AuthorParticipantId: authorParticipantId,
        AuthorRole: authorRole,
        WrittenAt: app.Clock.GetUtcNow());

    private async Task<JsonArray> Items(Guid participantId) =>
        (await (await _admin.GetAsync($"/api/participants/{participantId}/notifications"))
            .EnsureSuccessStatusCode().ReadJson())["items"]!.AsArray();

    private static string KindOf(JsonNode? entry) => entry!["kind"]!.GetValue<string>();
}
