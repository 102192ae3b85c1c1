using System.Text.Json.Nodes;
using Mentiway.Host.Identity;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Host.Tests.Access;

/// <summary>Every kind of resource of one programme, with the ids the access table's routes need.</summary>
public sealed record Mentoring(
    Guid ProgrammeId,
    Guid PairId,
    Guid MentorId,
    Guid MenteeId,
    Guid SessionId,
    Guid HomeworkId,
    Guid PreparationId,
    Guid FeedbackId,
    Guid CommentId,
    Guid NotificationId,
    string LinkToken);

/// <summary>
/// Two programmes built through the API: "own", whose coordinator, mentor and mentee are the test people, and
/// "other", run by people nobody in the table acts as. The table calls both as each kind of caller.
/// </summary>
public sealed class AccessWorld : MentiwayApp, IAsyncLifetime
{
    private static readonly string[] Colleagues = ["colleague@x.example"];

    private static readonly TokenPerson OtherMentor = new("other-mentor", "Otto Mentor", "otto@test.example");

    private static readonly TokenPerson OtherMentee = new("other-mentee", "Olga Mentee", "olga@test.example");

    public Mentoring Own { get; private set; } = null!;

    public Mentoring Other { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();

        Own = await Build(TestPeople.Mentor, TestPeople.Mentee, TestPeople.Coordinator);
        Other = await Build(OtherMentor, OtherMentee, coordinator: null);
    }

    private async Task<Mentoring> Build(TokenPerson mentorPerson, TokenPerson menteePerson, TokenPerson? coordinator)
    {
        var admin = ClientFor(TestPeople.Admin);
        var mentor = ClientFor(mentorPerson);
        var mentee = ClientFor(menteePerson);

        var pair = await this.Settled(() => admin.FormPair(mentor: mentorPerson, mentee: menteePerson));
        if (coordinator is not null)
        {
            await admin.Enrol(pair.ProgrammeId, "coordinator", email: coordinator.Email);
        }

        var sessionId = await Created(admin, $"/api/pairs/{pair.PairId}/sessions", new
        {
            topic = "Giving feedback",
            start = "2026-03-05T15:00:00+00:00",
            durationMinutes = 60,
        });
        await Ok(admin, $"/api/sessions/{sessionId}/hold", new { notes = "A good start." });

        var homeworkId = await Created(admin, $"/api/sessions/{sessionId}/homework",
            new { assignee = "mentee", title = "Ask three co-workers", instructions = "About your strengths." });
        var preparationId = await Created(admin, $"/api/sessions/{sessionId}/homework",
            new { assignee = "mentor", title = "Prepare the next topic" });
        await Ok(mentee, $"/api/homework/{homeworkId}/start", new { });
        await Ok(mentee, $"/api/homework/{homeworkId}/submit", new { results = "Four answers.", reflection = "Fine." });

        var feedbackId = await Created(mentor, $"/api/homework/{homeworkId}/feedback",
            new { outcome = "accepted", wentWell = "You asked widely." });
        var commentId = await Created(mentee, $"/api/homework/{homeworkId}/comments", new { text = "Thanks!" });
        var link = await Ok(mentee, $"/api/homework/{homeworkId}/feedback-requests",
            new { question = "What do I do well?", emails = Colleagues, anonymous = false });
        var inbox = await (await admin.GetAsync($"/api/participants/{pair.MenteeId}/notifications"))
            .EnsureSuccessStatusCode().ReadJson();

        return new Mentoring(
            pair.ProgrammeId, pair.PairId, pair.MentorId, pair.MenteeId, sessionId, homeworkId, preparationId,
            feedbackId, commentId,
            inbox["items"]![0]!["id"]!.GetValue<Guid>(),
            link["links"]![0]!["token"]!.GetValue<string>());
    }

    private async Task<Guid> Created(HttpClient client, string route, object body) =>
        (await Ok(client, route, body))["id"]!.GetValue<Guid>();

    private async Task<JsonNode> Ok(HttpClient client, string route, object body)
    {
        var response = await this.Settled(() => client.PostJson(route, body));
        if (response.IsSuccessStatusCode == false)
        {
            throw new InvalidOperationException(
                $"Building the access world: POST {route} answered {(int)response.StatusCode}: " +
                await response.Content.ReadAsStringAsync());
        }

        return response.Content.Headers.ContentLength == 0
            ? new JsonObject()
            : await response.ReadJson();
    }
}
