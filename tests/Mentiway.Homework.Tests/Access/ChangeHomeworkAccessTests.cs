using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.Access;

/// <summary>
/// Changing homework: the pair's mentor sets it (assign, edit, due, carry over, cancel), the one it is for works on
/// it (start, progress, submit), an admin may do all. Whoever may see the item but not do this gets 403; anyone else
/// 404, before any check of the item's state or version could tell them it exists. Each change records the
/// participant who made it.
/// </summary>
public sealed class ChangeHomeworkAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly AccessScenario _scenario = new(app);

    [Theory]
    [InlineData("mentor", HttpStatusCode.Created)]
    [InlineData("admin", HttpStatusCode.Created)]
    [InlineData("mentee", HttpStatusCode.Forbidden)]
    [InlineData("coordinator", HttpStatusCode.Forbidden)]
    [InlineData("otherMentor", HttpStatusCode.NotFound)]
    [InlineData("stranger", HttpStatusCode.NotFound)]
    public async Task Assign_ByEachCaller_AnswersAsTheRulesSay(string who, HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();

        var response = await app.Settled(() => _scenario.Client(who).PostJson(
            $"/api/sessions/{setting.Session}/homework", new { assignee = "mentee", title = "Ask for feedback" }));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Assign_ByTheMentor_RecordsTheMentorAsTheOneWhoActed()
    {
        var setting = await _scenario.Programme();

        var created = await app.Settled(() => _scenario.Client("mentor").PostJson(
            $"/api/sessions/{setting.Session}/homework", new { assignee = "mentee", title = "Ask for feedback" }));

        var assigned = Assert.Single(await _scenario.History(await created.ReadCreatedId()))!;
        Assert.Equal(setting.Pair.MentorId, assigned["actingParticipantId"]!.GetValue<Guid>());
        Assert.Equal(TestPeople.Mentor.Subject, assigned["actor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Assign_ToACancelledSessionByAStranger_AnswersNotFoundNotConflict()
    {
        var setting = await _scenario.Programme();
        await _scenario.Homework.CancelSession(setting.Pair, setting.Session);

        var byStranger = await _scenario.Client("otherMentor").PostJson(
            $"/api/sessions/{setting.Session}/homework", new { assignee = "mentee", title = "Too late" });
        var byMentor = await _scenario.Client("mentor").PostJson(
            $"/api/sessions/{setting.Session}/homework", new { assignee = "mentee", title = "Too late" });

        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, byMentor.StatusCode);
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("due")]
    [InlineData("carry-over")]
    [InlineData("cancel")]
    public async Task SetTheHomework_ByTheMentor_ChangesItAndRecordsTheMentor(string action)
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        var response = await _scenario.Act(_scenario.Client("mentor"), homework, action);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(setting.Pair.MentorId, await _scenario.LastActingParticipant(homework));
    }

    [Theory]
    [InlineData("edit", "mentee", HttpStatusCode.Forbidden)]
    [InlineData("due", "mentee", HttpStatusCode.Forbidden)]
    [InlineData("carry-over", "mentee", HttpStatusCode.Forbidden)]
    [InlineData("cancel", "mentee", HttpStatusCode.Forbidden)]
    [InlineData("edit", "coordinator", HttpStatusCode.Forbidden)]
    [InlineData("cancel", "coordinator", HttpStatusCode.Forbidden)]
    [InlineData("edit", "otherMentor", HttpStatusCode.NotFound)]
    [InlineData("cancel", "otherMentee", HttpStatusCode.NotFound)]
    [InlineData("due", "stranger", HttpStatusCode.NotFound)]
    public async Task SetTheHomework_BySomeoneElse_IsRefusedAndChangesNothing(
        string action,
        string who,
        HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        var response = await _scenario.Act(_scenario.Client(who), homework, action);

        Assert.Equal(expected, response.StatusCode);
        Assert.Single(await _scenario.History(homework));
    }

    [Theory]
    [InlineData("start")]
    [InlineData("progress")]
    public async Task WorkOnTheirHomework_ByTheMentee_ChangesItAndRecordsTheMentee(string action)
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        var response = await _scenario.Act(_scenario.Client("mentee"), homework, action);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(setting.Pair.MenteeId, await _scenario.LastActingParticipant(homework));
    }

    [Fact]
    public async Task Submit_ByTheMentee_SubmitsAndRecordsTheMentee()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        var mentee = _scenario.Client("mentee");
        (await _scenario.Act(mentee, homework, "start")).EnsureSuccessStatusCode();

        var response = await _scenario.Act(mentee, homework, "submit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("submitted", await _scenario.Homework.StatusOf(homework));
        Assert.Equal(setting.Pair.MenteeId, await _scenario.LastActingParticipant(homework));
    }

    [Theory]
    [InlineData("start", "mentor", HttpStatusCode.Forbidden)]
    [InlineData("progress", "mentor", HttpStatusCode.Forbidden)]
    [InlineData("start", "coordinator", HttpStatusCode.Forbidden)]
    [InlineData("progress", "coordinator", HttpStatusCode.Forbidden)]
    [InlineData("start", "otherMentee", HttpStatusCode.NotFound)]
    [InlineData("progress", "otherMentor", HttpStatusCode.NotFound)]
    [InlineData("start", "stranger", HttpStatusCode.NotFound)]
    public async Task WorkOnTheMenteesHomework_BySomeoneElse_IsRefusedAndChangesNothing(
        string action,
        string who,
        HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        var response = await _scenario.Act(_scenario.Client(who), homework, action);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("assigned", await _scenario.Homework.StatusOf(homework));
    }

    [Fact]
    public async Task Submit_TheMenteesHomeworkByTheMentor_AnswersForbidden()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        (await _scenario.Act(_scenario.Client("mentee"), homework, "start")).EnsureSuccessStatusCode();

        var response = await _scenario.Act(_scenario.Client("mentor"), homework, "submit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("inProgress", await _scenario.Homework.StatusOf(homework));
    }

    [Fact]
    public async Task WorkOnTheMentorsPreparation_ByTheMentor_ChangesItAndRecordsTheMentor()
    {
        var setting = await _scenario.Programme();
        var preparation = await _scenario.Assign(setting.Session, "mentor");
        var mentor = _scenario.Client("mentor");

        (await _scenario.Act(mentor, preparation, "start")).EnsureSuccessStatusCode();
        (await _scenario.Act(mentor, preparation, "progress")).EnsureSuccessStatusCode();
        var submitted = await _scenario.Act(mentor, preparation, "submit");

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Equal(setting.Pair.MentorId, await _scenario.LastActingParticipant(preparation));
    }

    [Theory]
    [InlineData("start", "mentee", HttpStatusCode.NotFound)]
    [InlineData("progress", "mentee", HttpStatusCode.NotFound)]
    [InlineData("start", "coordinator", HttpStatusCode.Forbidden)]
    [InlineData("start", "otherMentor", HttpStatusCode.NotFound)]
    public async Task WorkOnTheMentorsPreparation_BySomeoneElse_IsRefused(
        string action,
        string who,
        HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();
        var preparation = await _scenario.Assign(setting.Session, "mentor");

        var response = await _scenario.Act(_scenario.Client(who), preparation, action);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("assigned", await _scenario.Homework.StatusOf(preparation));
    }

    [Fact]
    public async Task Act_ByAnAdminFromOutsideTheProgramme_RecordsTheSubjectButNoParticipant()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        (await _scenario.Act(_scenario.Admin, homework, "start")).EnsureSuccessStatusCode();

        var started = (await _scenario.History(homework)).Last()!;
        Assert.Equal(TestPeople.Admin.Subject, started["actor"]!.GetValue<string>());
        Assert.Null(started["actingParticipantId"]);
    }

    [Fact]
    public async Task Act_ByAStrangerWithAStaleVersion_AnswersNotFoundNotPreconditionFailed()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        (await _scenario.Act(_scenario.Client("mentee"), homework, "start")).EnsureSuccessStatusCode();

        var byStranger = await _scenario.Act(_scenario.Client("otherMentor"), homework, "edit", ifMatch: 1);
        var byMentor = await _scenario.Act(_scenario.Client("mentor"), homework, "edit", ifMatch: 1);

        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, byMentor.StatusCode);
    }

    [Fact]
    public async Task Act_ByAStrangerOnACancelledItem_AnswersNotFoundNotConflict()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        (await _scenario.Act(_scenario.Client("mentor"), homework, "cancel")).EnsureSuccessStatusCode();

        var byStranger = await _scenario.Act(_scenario.Client("otherMentee"), homework, "start");
        var byMentee = await _scenario.Act(_scenario.Client("mentee"), homework, "start");

        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, byMentee.StatusCode);
    }
}
