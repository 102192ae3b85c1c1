using System.Net;
using Mentiway.Feedback.Documents;
using Mentiway.Homework.Contracts;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Feedback.Tests.Access;

/// <summary>
/// Who may give, release and read feedback on a homework item, ask co-workers about it and reflect on it: the pair's
/// mentor gives feedback, the item's assignee asks and reflects, whoever may see the item reads, strangers get 404.
/// </summary>
public sealed class HomeworkFeedbackAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private static readonly string[] OneCoworker = ["a@x.example"];

    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);
    private readonly HttpClient _coordinator = app.ClientFor(TestPeople.Coordinator);
    private readonly HttpClient _mentor = app.ClientFor(TestPeople.Mentor);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);
    private readonly HttpClient _otherMentor = app.ClientFor(AccessSetting.OtherMentor);
    private readonly HttpClient _otherMentee = app.ClientFor(AccessSetting.OtherMentee);
    private readonly HttpClient _stranger = app.ClientFor(TestPeople.Stranger);

    [Fact]
    public async Task GiveFeedback_ByThePairsMentor_RecordsThemAsItsAuthor()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homework = await app.SubmittedHomework(pairs.Ours);

        var id = await (await Give(_mentor, homework.HomeworkId)).ReadCreatedId();

        var (feedback, lastModifiedBy) = await app.Stored<MentorFeedback>(id);
        Assert.Equal(TestPeople.Mentor.Subject, feedback.Author);
        Assert.Equal(pairs.Ours.MentorId, feedback.AuthorParticipantId);
        Assert.Equal(pairs.Ours.MentorId.ToString(), lastModifiedBy);
    }

    [Fact]
    public async Task GiveFeedback_ByTheMenteeOrTheCoordinator_IsForbiddenAndStoresNothing()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homework = await app.SubmittedHomework(pairs.Ours);

        var byMentee = await Give(_mentee, homework.HomeworkId);
        var byCoordinator = await Give(_coordinator, homework.HomeworkId);

        Assert.Equal(HttpStatusCode.Forbidden, byMentee.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(
            "Only the pair's mentor gives and releases feedback on homework.",
            (await byMentee.ReadJson())["detail"]!.GetValue<string>());
        Assert.Equal(0, await FeedbackStoredOn(homework.HomeworkId));
    }

    [Fact]
    public async Task GiveFeedback_ByAnotherPairsMentorOrAStranger_AnswersNotFoundBeforeAnyStateCheck()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var assigned = app.HomeworkAssignedTo(pairs.Ours);
        await app.Deliver(assigned);

        var byOurMentor = await Give(_mentor, assigned.HomeworkId);
        var byOtherMentor = await Give(_otherMentor, assigned.HomeworkId);
        var byStranger = await Give(_stranger, assigned.HomeworkId);

        // Not submitted yet: the pair's mentor learns why; the others must not learn that the item exists.
        Assert.Equal(HttpStatusCode.Conflict, byOurMentor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherMentor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
    }

    [Fact]
    public async Task ReleaseFeedback_ByTheMenteeOrTheCoordinator_IsForbidden_AndByAnotherPairsMentorNotFound()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homework = await app.SubmittedHomework(pairs.Ours);
        var id = await (await Give(_mentor, homework.HomeworkId)).ReadCreatedId();

        var byMentee = await _mentee.PostAsync(ReleaseRoute(homework.HomeworkId, id), null);
        var byCoordinator = await _coordinator.PostAsync(ReleaseRoute(homework.HomeworkId, id), null);
        var byOtherMentor = await _otherMentor.PostAsync(ReleaseRoute(homework.HomeworkId, id), null);

        Assert.Equal(HttpStatusCode.Forbidden, byMentee.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherMentor.StatusCode);
        Assert.Null((await app.Stored<MentorFeedback>(id)).Document.ReleasedAt);
    }

    [Fact]
    public async Task ReleaseFeedback_ByAnAdmin_ReleasesTheMentorsDraftAndRecordsTheAdmin()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homework = await app.SubmittedHomework(pairs.Ours);
        var id = await (await Give(_mentor, homework.HomeworkId)).ReadCreatedId();

        var response = await app.Settled(() => _admin.PostAsync(ReleaseRoute(homework.HomeworkId, id), null));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (feedback, lastModifiedBy) = await app.Stored<MentorFeedback>(id);
        Assert.NotNull(feedback.ReleasedAt);
        Assert.Equal(TestPeople.Mentor.Subject, feedback.Author);
        Assert.Equal(TestPeople.Admin.Subject, lastModifiedBy);
    }

    [Fact]
    public async Task ListFeedback_ShowsReleasedFeedbackToWhoeverSeesTheItem_AndDraftsToTheirAuthorAlone()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homework = await app.SubmittedHomework(pairs.Ours);
        var released = await (await Give(_mentor, homework.HomeworkId)).ReadCreatedId();
        await app.Settled(() => _mentor.PostAsync(ReleaseRoute(homework.HomeworkId, released), null));
        var draft = await (await Give(_mentor, homework.HomeworkId)).ReadCreatedId();

        Assert.Equal([released, draft], await ListedIds(_mentor, homework.HomeworkId));
        Assert.Equal([released], await ListedIds(_mentee, homework.HomeworkId));
        Assert.Equal([released], await ListedIds(_coordinator, homework.HomeworkId));
        Assert.Equal([released], await ListedIds(_admin, homework.HomeworkId));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(_otherMentee, FeedbackRoute(homework.HomeworkId)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(_otherMentor, FeedbackRoute(homework.HomeworkId)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(_stranger, FeedbackRoute(homework.HomeworkId)));
    }

    [Fact]
    public async Task ListFeedback_WithParametersNamingTheAuthorOrDrafts_ShowsNoMoreThanWithout()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homework = await app.SubmittedHomework(pairs.Ours);
        await Give(_mentor, homework.HomeworkId);

        var widened = await _coordinator.GetAsync(
            $"{FeedbackRoute(homework.HomeworkId)}?author={TestPeople.Mentor.Subject}&status=draft&includeDrafts=true");

        Assert.Equal(HttpStatusCode.OK, widened.StatusCode);
        Assert.Empty((await widened.ReadJson())["items"]!.AsArray());
    }

    [Fact]
    public async Task MentorsPreparation_IsAStrangerToTheMentee_ForEveryHomeworkFeedbackRoute()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var preparation = app.HomeworkAssignedTo(pairs.Ours, HomeworkAssignee.Mentor);
        await app.Deliver(preparation);
        await app.Deliver(app.SubmittedNow(preparation));
        var id = preparation.HomeworkId;

        Assert.Equal(HttpStatusCode.OK, await StatusOf(_mentor, FeedbackRoute(id)));
        Assert.Equal(HttpStatusCode.OK, await StatusOf(_coordinator, RequestsRoute(id)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(_mentee, FeedbackRoute(id)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(_mentee, RequestsRoute(id)));
        Assert.Equal(HttpStatusCode.NotFound, (await Give(_mentee, id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AskCoworkers(_mentee, id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Reflect(_mentee, id)).StatusCode);
    }

    [Fact]
    public async Task AskCoworkers_ByTheMenteeOnTheirHomework_RecordsThemAsAsking()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homeworkId = await app.SubmittedHomeworkItem(_admin, pairs.Ours);

        var response = await app.Settled(() => AskCoworkers(_mentee, homeworkId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (request, lastModifiedBy) = await app.Stored<FeedbackRequest>(await response.ReadCreatedId());
        Assert.Equal(TestPeople.Mentee.Subject, request.RequestedBy);
        Assert.Equal(pairs.Ours.MenteeId, request.RequestedByParticipantId);
        Assert.Equal(pairs.Ours.MenteeId.ToString(), lastModifiedBy);
    }

    [Fact]
    public async Task AskCoworkers_ByTheMentorOrCoordinator_IsForbidden_AndByAnotherPairsMenteeNotFound()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homeworkId = await app.SubmittedHomeworkItem(_admin, pairs.Ours);

        var byMentor = await AskCoworkers(_mentor, homeworkId);
        var byCoordinator = await AskCoworkers(_coordinator, homeworkId);
        var byOtherMentee = await AskCoworkers(_otherMentee, homeworkId);

        Assert.Equal(HttpStatusCode.Forbidden, byMentor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherMentee.StatusCode);
        Assert.Equal(0, await app.CountStored<FeedbackRequest>(q => q.Where(x => x.HomeworkId == homeworkId)));
    }

    [Fact]
    public async Task AskCoworkersAndReflect_OnTheMentorsPreparation_AreTheMentors()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var preparationId = await app.PreparationItem(_admin, pairs.Ours);

        var asked = await app.Settled(() => AskCoworkers(_mentor, preparationId));
        var reflected = await app.Settled(() => Reflect(_mentor, preparationId));

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reflected.StatusCode);
        var (reflection, _) = await app.Stored<HomeworkReflection>(preparationId);
        Assert.Equal(pairs.Ours.MentorId, reflection.AddedByParticipantId);
        Assert.Equal(HttpStatusCode.Forbidden, (await Reflect(_coordinator, preparationId)).StatusCode);
    }

    [Fact]
    public async Task Reflect_ByTheMenteeOnTheirHomework_RecordsThem()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homeworkId = await app.SubmittedHomeworkItem(_admin, pairs.Ours);

        var response = await app.Settled(() => Reflect(_mentee, homeworkId));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (reflection, lastModifiedBy) = await app.Stored<HomeworkReflection>(homeworkId);
        Assert.Equal(TestPeople.Mentee.Subject, reflection.AddedBy);
        Assert.Equal(pairs.Ours.MenteeId, reflection.AddedByParticipantId);
        Assert.Equal(pairs.Ours.MenteeId.ToString(), lastModifiedBy);
    }

    [Fact]
    public async Task Reflect_ByTheMentorOrCoordinator_IsForbidden_AndByAnotherPairsMenteeNotFound()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homeworkId = await app.SubmittedHomeworkItem(_admin, pairs.Ours);

        var byMentor = await Reflect(_mentor, homeworkId);
        var byCoordinator = await Reflect(_coordinator, homeworkId);
        var byOtherMentee = await Reflect(_otherMentee, homeworkId);

        Assert.Equal(HttpStatusCode.Forbidden, byMentor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherMentee.StatusCode);
        Assert.Equal(0, await app.CountStored<HomeworkReflection>(q => q.Where(x => x.Id == homeworkId)));
    }

    [Fact]
    public async Task ListFeedbackRequests_ForWhoeverSeesTheItem_AndNotFoundForOthers()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var homeworkId = await app.SubmittedHomeworkItem(_admin, pairs.Ours);
        await app.Settled(() => AskCoworkers(_mentee, homeworkId));

        foreach (var reader in new[] { _mentee, _mentor, _coordinator, _admin })
        {
            var listed = await (await reader.GetAsync(RequestsRoute(homeworkId))).EnsureSuccessStatusCode().ReadJson();
            Assert.Single(listed["items"]!.AsArray());
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(_otherMentee, RequestsRoute(homeworkId)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(_otherMentor, RequestsRoute(homeworkId)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(_stranger, RequestsRoute(homeworkId)));
    }

    private Task<int> FeedbackStoredOn(Guid homeworkId) =>
        app.CountStored<MentorFeedback>(q => q.Where(x => x.HomeworkId == homeworkId));

    private static async Task<HttpStatusCode> StatusOf(HttpClient client, string route) =>
        (await client.GetAsync(route)).StatusCode;

    private static Task<HttpResponseMessage> Give(HttpClient client, Guid homeworkId) =>
        client.PostJson(FeedbackRoute(homeworkId), new { wentWell = "You prepared well.", outcome = "accepted" });

    private static Task<HttpResponseMessage> AskCoworkers(HttpClient client, Guid homeworkId) =>
        client.PostJson(RequestsRoute(homeworkId), new { question = "How did I do?", emails = OneCoworker });

    private static Task<HttpResponseMessage> Reflect(HttpClient client, Guid homeworkId) =>
        client.PostJson($"/api/homework/{homeworkId}/reflection", new { selfRating = 4, text = "It went well." });

    private static async Task<List<Guid>> ListedIds(HttpClient client, Guid homeworkId)
    {
        var list = await (await client.GetAsync(FeedbackRoute(homeworkId))).EnsureSuccessStatusCode().ReadJson();

        return list["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>()).ToList();
    }

    private static string FeedbackRoute(Guid homeworkId) => $"/api/homework/{homeworkId}/feedback";

    private static string RequestsRoute(Guid homeworkId) => $"/api/homework/{homeworkId}/feedback-requests";

    private static string ReleaseRoute(Guid homeworkId, Guid feedbackId) =>
        $"/api/homework/{homeworkId}/feedback/{feedbackId}/release";
}
