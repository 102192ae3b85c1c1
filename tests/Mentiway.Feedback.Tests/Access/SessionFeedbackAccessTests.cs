using System.Net;
using Mentiway.Feedback.Documents;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Feedback.Tests.Access;

/// <summary>
/// Who may look back on a session and see a programme's ratings: the pair's mentee reflects, mentee and mentor rate,
/// the programme's coordinators read the ratings, strangers get 404.
/// </summary>
public sealed class SessionFeedbackAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);
    private readonly HttpClient _coordinator = app.ClientFor(TestPeople.Coordinator);
    private readonly HttpClient _mentor = app.ClientFor(TestPeople.Mentor);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);
    private readonly HttpClient _otherMentor = app.ClientFor(AccessSetting.OtherMentor);
    private readonly HttpClient _otherMentee = app.ClientFor(AccessSetting.OtherMentee);
    private readonly HttpClient _stranger = app.ClientFor(TestPeople.Stranger);

    [Fact]
    public async Task ReflectOnSession_ByThePairsMentee_RecordsThem()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var sessionId = await app.HeldSession(pairs.Ours);

        var response = await Reflect(_mentee, sessionId);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var (reflection, lastModifiedBy) = await app.Stored<SessionReflection>(sessionId);
        Assert.Equal(TestPeople.Mentee.Subject, reflection.AddedBy);
        Assert.Equal(pairs.Ours.MenteeId, reflection.AddedByParticipantId);
        Assert.Equal(pairs.Ours.MenteeId.ToString(), lastModifiedBy);
    }

    [Fact]
    public async Task ReflectOnSession_ByTheMentorOrTheCoordinator_IsForbiddenAndStoresNothing()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var sessionId = await app.HeldSession(pairs.Ours);

        var byMentor = await Reflect(_mentor, sessionId);
        var byCoordinator = await Reflect(_coordinator, sessionId);

        Assert.Equal(HttpStatusCode.Forbidden, byMentor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(0, await app.CountStored<SessionReflection>(q => q.Where(x => x.Id == sessionId)));
    }

    [Fact]
    public async Task ReflectOnSession_ByAnotherPairsMenteeOrAStranger_AnswersNotFoundBeforeAnyStateCheck()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var scheduled = app.SessionScheduledFor(pairs.Ours);
        await app.Deliver(scheduled);

        var byOurMentee = await Reflect(_mentee, scheduled.SessionId);
        var byOtherMentee = await Reflect(_otherMentee, scheduled.SessionId);
        var byStranger = await Reflect(_stranger, scheduled.SessionId);

        // Not held yet: the pair's mentee learns why; the others must not learn that the session exists.
        Assert.Equal(HttpStatusCode.Conflict, byOurMentee.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherMentee.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
    }

    [Fact]
    public async Task Rate_ByTheMentorAndTheMentee_RecordsEachAsTheParticipantTheyAre()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var sessionId = await app.HeldSession(pairs.Ours);

        var byMentor = await app.Settled(() => Rate(_mentor, sessionId));
        var byMentee = await app.Settled(() => Rate(_mentee, sessionId));

        var (mentors, mentorsModifiedBy) = await app.Stored<SessionRating>(await byMentor.ReadCreatedId());
        var (mentees, menteesModifiedBy) = await app.Stored<SessionRating>(await byMentee.ReadCreatedId());
        Assert.Equal(TestPeople.Mentor.Subject, mentors.RatedBy);
        Assert.Equal(pairs.Ours.MentorId, mentors.RatedByParticipantId);
        Assert.Equal(pairs.Ours.MentorId.ToString(), mentorsModifiedBy);
        Assert.Equal(TestPeople.Mentee.Subject, mentees.RatedBy);
        Assert.Equal(pairs.Ours.MenteeId, mentees.RatedByParticipantId);
        Assert.Equal(pairs.Ours.MenteeId.ToString(), menteesModifiedBy);
    }

    [Fact]
    public async Task Rate_ByAnAdminFromOutsideTheProgramme_RecordsTheirSubject()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var sessionId = await app.HeldSession(pairs.Ours);

        var response = await app.Settled(() => Rate(_admin, sessionId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (rating, lastModifiedBy) = await app.Stored<SessionRating>(await response.ReadCreatedId());
        Assert.Null(rating.RatedByParticipantId);
        Assert.Equal(TestPeople.Admin.Subject, lastModifiedBy);
    }

    [Fact]
    public async Task Rate_ByTheCoordinator_IsForbidden_AndByAnotherPairsMentorOrAStrangerNotFound()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var sessionId = await app.HeldSession(pairs.Ours);

        var byCoordinator = await Rate(_coordinator, sessionId);
        var byOtherMentor = await Rate(_otherMentor, sessionId);
        var byStranger = await Rate(_stranger, sessionId);

        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherMentor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(0, await app.CountStored<SessionRating>(q => q.Where(x => x.SessionId == sessionId)));
    }

    [Fact]
    public async Task ProgrammeRatings_ForItsCoordinator_ShowEveryPair()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);
        var sessionId = await app.HeldSession(pairs.Ours);
        await app.Settled(() => Rate(_mentee, sessionId, 4));

        var response = await _coordinator.GetAsync(RatingsRoute(pairs.Ours.ProgrammeId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ratings = await response.ReadJson();
        Assert.Equal(4.0, ratings["average"]!.GetValue<double>());
        Assert.Equal(2, ratings["pairs"]!.AsArray().Count);
    }

    [Fact]
    public async Task ProgrammeRatings_ForItsMentorsAndMentees_AreForbidden()
    {
        var pairs = await app.TwoPairsWithCoordinator(_admin);

        foreach (var participant in new[] { _mentor, _mentee, _otherMentor, _otherMentee })
        {
            var response = await participant.GetAsync(RatingsRoute(pairs.Ours.ProgrammeId));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task ProgrammeRatings_ForAnotherProgrammesCoordinatorOrAStranger_AnswersNotFound()
    {
        var pair = await app.SettledPair(_admin);
        var otherProgrammeId = await _admin.LaunchProgramme("Another programme");
        await _admin.Enrol(otherProgrammeId, "coordinator", email: TestPeople.Coordinator.Email);

        var byOtherCoordinator = await _coordinator.GetAsync(RatingsRoute(pair.ProgrammeId));
        var byStranger = await _stranger.GetAsync(RatingsRoute(pair.ProgrammeId));

        Assert.Equal(HttpStatusCode.NotFound, byOtherCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
    }

    private static Task<HttpResponseMessage> Reflect(HttpClient client, Guid sessionId) =>
        client.PostJson($"/api/sessions/{sessionId}/reflection", new { selfRating = 4, text = "I spoke up." });

    private static Task<HttpResponseMessage> Rate(HttpClient client, Guid sessionId, int rating = 5) =>
        client.PostJson($"/api/sessions/{sessionId}/ratings", new { rating });

    private static string RatingsRoute(Guid programmeId) => $"/api/programmes/{programmeId}/ratings";
}
