using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentiway.Host.Identity;
using Mentiway.Testing;

namespace Mentiway.Homework.Tests.Access;

/// <summary>
/// One programme with a coordinator and two pairs: the pair whose homework a test touches (TestPeople.Mentor and
/// TestPeople.Mentee) and another pair of the same programme, whose members are nobody to the first pair's items.
/// Every person acts through their own token, linked to their enrolment by its verified e-mail.
/// </summary>
internal sealed class AccessScenario(MentiwayApp app)
{
    public static readonly TokenPerson OtherMentor = new("test-other-mentor", "Olek Mentor", "olek@test.example");

    public static readonly TokenPerson OtherMentee = new("test-other-mentee", "Ola Mentee", "ola@test.example");

    public HomeworkScenario Homework { get; } = new(app);

    public HttpClient Admin => Homework.Api;

    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>The client of one kind of caller, by the name the theories use.</summary>
    public HttpClient Client(string who)
    {
        if (who == "admin")
        {
            return Admin;
        }

        if (_clients.TryGetValue(who, out var client) == false)
        {
            client = app.ClientFor(PersonOf(who));
            _clients[who] = client;
        }

        return client;
    }

    /// <summary>The participant a caller acts as in the setting's programme; none for an admin or a stranger.</summary>
    public static Guid? ParticipantOf(string who, AccessSetting setting) => who switch
    {
        "coordinator" => setting.CoordinatorId,
        "mentor" => setting.Pair.MentorId,
        "mentee" => setting.Pair.MenteeId,
        "otherMentor" => setting.OtherPair.MentorId,
        "otherMentee" => setting.OtherPair.MenteeId,
        _ => null,
    };

    public async Task<AccessSetting> Programme()
    {
        var pair = await Homework.FormPair();
        var coordinatorId = await app.Settled(() =>
            Admin.Enrol(pair.ProgrammeId, "coordinator", email: TestPeople.Coordinator.Email));
        var otherPair = await AnotherPair(pair.ProgrammeId, OtherMentor, OtherMentee);
        var first = await Homework.ScheduleSession(pair, Homework.Now.AddHours(1));
        var second = await Homework.ScheduleSession(pair, Homework.Now.AddDays(7));

        return new AccessSetting(pair, otherPair, coordinatorId, first, second);
    }

    /// <summary>A pair of the programme formed of the people given, once the Homework module knows it.</summary>
    public async Task<PairSetting> AnotherPair(Guid programmeId, TokenPerson mentor, TokenPerson mentee)
    {
        var mentorId = await Enrolled(programmeId, "mentor", mentor);
        var menteeId = await Enrolled(programmeId, "mentee", mentee);
        var formed = await app.Settled(() => Admin.TryFormPair(programmeId, mentorId, menteeId));

        return new PairSetting(programmeId, await formed.ReadCreatedId(), mentorId, menteeId);
    }

    public Task<Guid> Assign(Guid sessionId, string assignee = "mentee") => Homework.Assign(sessionId, assignee);

    /// <summary>One change of an item by the caller given, with its usual body, once it is handled.</summary>
    public Task<HttpResponseMessage> Act(
        HttpClient client,
        Guid homeworkId,
        string action,
        long? ifMatch = null) =>
        app.Settled(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/homework/{homeworkId}/{action}")
            {
                Content = Json(HomeworkScenario.BodyFor(action)),
            };
            if (ifMatch is { } version)
            {
                request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
            }

            return await client.SendAsync(request);
        });

    public Task<HttpResponseMessage> Comment(HttpClient client, Guid homeworkId, string text = "How is it going?") =>
        app.Settled(() => client.PostJson($"/api/homework/{homeworkId}/comments", new { text }));

    /// <summary>The item's history as an admin reads it.</summary>
    public async Task<JsonArray> History(Guid homeworkId) =>
        (await (await Admin.GetAsync($"/api/homework/{homeworkId}/history")).EnsureSuccessStatusCode().ReadJson())
        ["events"]!.AsArray();

    /// <summary>The participant the latest event of the item records as the one who acted.</summary>
    public async Task<Guid?> LastActingParticipant(Guid homeworkId) =>
        (await History(homeworkId)).Last()!["actingParticipantId"]?.GetValue<Guid>();

    public async Task<List<string>> InboxKinds(Guid participantId)
    {
        var inbox = await (await Admin.GetAsync($"/api/participants/{participantId}/notifications")).ReadJson();

        return inbox["items"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).ToList();
    }

    private static TokenPerson PersonOf(string who) => who switch
    {
        "coordinator" => TestPeople.Coordinator,
        "mentor" => TestPeople.Mentor,
        "mentee" => TestPeople.Mentee,
        "otherMentor" => OtherMentor,
        "otherMentee" => OtherMentee,
        "stranger" => TestPeople.Stranger,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "No such caller."),
    };

    private async Task<Guid> Enrolled(Guid programmeId, string role, TokenPerson person) =>
        await app.Settled(() => Admin.Enrol(programmeId, role, email: person.Email));

    private static StringContent Json(object body) =>
        new(JsonSerializer.Serialize(body, ApiJson.Options), Encoding.UTF8, "application/json");
}

/// <summary>The pair under test, another pair of its programme, its coordinator, two of its sessions.</summary>
internal sealed record AccessSetting(
    PairSetting Pair,
    PairSetting OtherPair,
    Guid CoordinatorId,
    Guid Session,
    Guid NextSession);
