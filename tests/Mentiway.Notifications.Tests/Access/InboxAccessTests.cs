using System.Net;
using System.Text.Json.Nodes;
using Marten;
using Mentiway.Host.Identity;
using Mentiway.Notifications.Documents;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mentiway.Notifications.Tests.Access;

/// <summary>
/// A participant's inbox is theirs alone (and an admin's): the coordinator of their programme is told no, anyone
/// else, the pair's other member included, is answered as if the participant did not exist.
/// </summary>
public sealed class InboxAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private static readonly TokenPerson OtherMentee = new("test-other-mentee", "Olu Other", "olu@test.example");

    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);
    private readonly HttpClient _coordinator = app.ClientFor(TestPeople.Coordinator);
    private readonly HttpClient _mentor = app.ClientFor(TestPeople.Mentor);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);
    private readonly HttpClient _stranger = app.ClientFor(TestPeople.Stranger);

    [Fact]
    public async Task OwnInbox_IsListedAndMarkedRead_AndTheEntryRecordsTheParticipant()
    {
        var (pair, entryId) = await MenteeWithOneEntry();

        var listed = await _mentee.GetAsync(InboxRoute(pair.MenteeId));
        var read = await _mentee.PostAsync(ReadRoute(pair.MenteeId, entryId), null);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(entryId, Assert.Single((await listed.ReadJson())["items"]!.AsArray())!["id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(0, await UnreadCount(pair.MenteeId));
        Assert.Equal(pair.MenteeId.ToString(), await LastModifiedBy(entryId));
    }

    [Fact]
    public async Task Admin_ListsAndMarksReadAnyonesInbox()
    {
        var (pair, entryId) = await MenteeWithOneEntry();

        var listed = await _admin.GetAsync(InboxRoute(pair.MenteeId));
        var read = await _admin.PostAsync(ReadRoute(pair.MenteeId, entryId), null);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(0, await UnreadCount(pair.MenteeId));

        // An admin enrolled nowhere acts as themself, by their token's subject.
        Assert.Equal(TestPeople.Admin.Subject, await LastModifiedBy(entryId));
    }

    [Fact]
    public async Task ThePairsMentor_ReadingOrMarkingTheMenteesInbox_AnswersNotFound()
    {
        var (pair, entryId) = await MenteeWithOneEntry();

        var listed = await _mentor.GetAsync(InboxRoute(pair.MenteeId));
        var read = await _mentor.PostAsync(ReadRoute(pair.MenteeId, entryId), null);

        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(1, await UnreadCount(pair.MenteeId));
    }

    [Fact]
    public async Task AnotherPairsMentee_ReadingOrMarkingTheInbox_AnswersNotFound()
    {
        var (pair, entryId) = await MenteeWithOneEntry();
        await app.Settled(() => _admin.FormPair(mentee: OtherMentee));
        var otherMentee = app.ClientFor(OtherMentee);

        var listed = await otherMentee.GetAsync(InboxRoute(pair.MenteeId));
        var read = await otherMentee.PostAsync(ReadRoute(pair.MenteeId, entryId), null);

        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(1, await UnreadCount(pair.MenteeId));
    }

    [Fact]
    public async Task TheProgrammesCoordinator_ReadingOrMarkingTheInbox_IsForbidden()
    {
        var (pair, entryId) = await MenteeWithOneEntry();
        await _admin.Enrol(pair.ProgrammeId, "coordinator", email: TestPeople.Coordinator.Email);

        var listed = await _coordinator.GetAsync(InboxRoute(pair.MenteeId));
        var read = await _coordinator.PostAsync(ReadRoute(pair.MenteeId, entryId), null);

        Assert.Equal(HttpStatusCode.Forbidden, listed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(1, await UnreadCount(pair.MenteeId));
    }

    [Fact]
    public async Task AnotherProgrammesCoordinator_ReadingTheInbox_AnswersNotFound()
    {
        var (pair, _) = await MenteeWithOneEntry();
        var elsewhere = await _admin.LaunchProgramme("Another programme");
        await _admin.Enrol(elsewhere, "coordinator", email: TestPeople.Coordinator.Email);

        var listed = await _coordinator.GetAsync(InboxRoute(pair.MenteeId));

        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
    }

    [Fact]
    public async Task AStranger_ReadingOrMarkingTheInbox_AnswersNotFound()
    {
        var (pair, entryId) = await MenteeWithOneEntry();

        var listed = await _stranger.GetAsync(InboxRoute(pair.MenteeId));
        var read = await _stranger.PostAsync(ReadRoute(pair.MenteeId, entryId), null);

        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(1, await UnreadCount(pair.MenteeId));
    }

    [Fact]
    public async Task AnUnknownParticipant_AnswersNotFound_EvenToTheAdmin()
    {
        var unknown = Guid.NewGuid();

        var listed = await _admin.GetAsync(InboxRoute(unknown));
        var read = await _admin.PostAsync(ReadRoute(unknown, Guid.NewGuid()), null);

        Assert.Equal(HttpStatusCode.NotFound, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task SomeoneElsesEntry_UnderOnesOwnInbox_AnswersNotFoundAndStaysUnread()
    {
        var (theirs, theirEntryId) = await MenteeWithOneEntry(OtherMentee);
        var (mine, _) = await MenteeWithOneEntry();

        var read = await _mentee.PostAsync(ReadRoute(mine.MenteeId, theirEntryId), null);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(1, await UnreadCount(theirs.MenteeId));
        Assert.Equal(1, await UnreadCount(mine.MenteeId));
    }

    /// <summary>A pair whose mentee (by default <see cref="TestPeople.Mentee"/>) has one unread entry.</summary>
    private async Task<(PairSetting Pair, Guid EntryId)> MenteeWithOneEntry(TokenPerson? mentee = null)
    {
        var pair = await app.Settled(() => _admin.FormPair(mentee: mentee));
        await app.Deliver(app.HomeworkAssignedTo(pair));
        var entry = Assert.Single((await InboxAsAdmin(pair.MenteeId))["items"]!.AsArray());

        return (pair, entry!["id"]!.GetValue<Guid>());
    }

    private async Task<long> UnreadCount(Guid participantId) =>
        (await InboxAsAdmin(participantId))["unreadCount"]!.GetValue<long>();

    private async Task<JsonNode> InboxAsAdmin(Guid participantId) =>
        await (await _admin.GetAsync(InboxRoute(participantId))).EnsureSuccessStatusCode().ReadJson();

    private async Task<string?> LastModifiedBy(Guid notificationId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var notification = await session.LoadAsync<Notification>(notificationId);

        return (await session.MetadataForAsync(notification!)).LastModifiedBy;
    }

    private static string InboxRoute(Guid participantId) => $"/api/participants/{participantId}/notifications";

    private static string ReadRoute(Guid participantId, Guid notificationId) =>
        $"{InboxRoute(participantId)}/{notificationId}/read";
}
