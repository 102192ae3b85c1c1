using System.Net;
using Marten;
using Mentiway.Host.Identity;
using Mentiway.Programmes.Documents;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mentiway.Programmes.Tests.Access;

/// <summary>Who may see and change programmes, participants and pairs, and how a token finds its enrolments.</summary>
public sealed class ProgrammeAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);
    private readonly HttpClient _coordinator = app.ClientFor(TestPeople.Coordinator);
    private readonly HttpClient _mentor = app.ClientFor(TestPeople.Mentor);
    private readonly HttpClient _mentee = app.ClientFor(TestPeople.Mentee);
    private readonly HttpClient _stranger = app.ClientFor(TestPeople.Stranger);

    [Fact]
    public async Task Coordinator_EnrolsSomeone_TheParticipantRecordsTheCoordinatorAsItsCause()
    {
        var programmeId = await _admin.LaunchProgramme();
        var coordinatorId = await _admin.Enrol(programmeId, "coordinator", email: TestPeople.Coordinator.Email);

        var enrolledId = await _coordinator.Enrol(programmeId, "mentee");

        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var enrolled = await session.LoadAsync<Participant>(enrolledId);
        var metadata = await session.MetadataForAsync(enrolled!);
        Assert.Equal(coordinatorId.ToString(), metadata.LastModifiedBy);
        Assert.Equal(TestPeople.Coordinator.Subject, metadata.Headers!["actingSubject"]?.ToString());
    }

    [Fact]
    public async Task FirstToken_WithTheEnrolledEmailInAnotherCasing_LinksThePersonToTheEnrolment()
    {
        var person = new TokenPerson("linda-sub", "Linda", "linda@test.example");
        var programmeId = await _admin.LaunchProgramme();
        var participantId = await _admin.Enrol(programmeId, "mentee", email: "Linda@Test.Example");

        var response = await app.ClientFor(person).GetAsync($"/api/programmes/{programmeId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var linked = await session.LoadAsync<Participant>(participantId);
        Assert.Equal("linda-sub", linked!.Subject);
    }

    [Fact]
    public async Task AnotherSubject_WithTheSameEmailAfterLinking_SeesNothing()
    {
        var first = new TokenPerson("kim-first", "Kim", "kim@test.example");
        var impostor = first with { Subject = "kim-second" };
        var programmeId = await _admin.LaunchProgramme();
        await _admin.Enrol(programmeId, "mentee", email: first.Email);
        await app.ClientFor(first).GetAsync($"/api/programmes/{programmeId}");

        var response = await app.ClientFor(impostor).GetAsync($"/api/programmes/{programmeId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Token_WithAnUnverifiedEmail_LinksNothing()
    {
        var unverified = new TokenPerson("uma-sub", "Uma", "uma@test.example", EmailVerified: false);
        var programmeId = await _admin.LaunchProgramme();
        await _admin.Enrol(programmeId, "mentee", email: unverified.Email);

        var response = await app.ClientFor(unverified).GetAsync($"/api/programmes/{programmeId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListProgrammes_AsAParticipant_ListsOnlyTheirOwn()
    {
        var pair = await _admin.FormPair();
        var otherProgrammeId = await _admin.LaunchProgramme("Someone else's programme");

        var listed = await ListedProgrammeIds(_mentee);

        Assert.Contains(pair.ProgrammeId, listed);
        Assert.DoesNotContain(otherProgrammeId, listed);
        Assert.Empty(await ListedProgrammeIds(_stranger));
        Assert.Contains(otherProgrammeId, await ListedProgrammeIds(_admin));
    }

    [Fact]
    public async Task LaunchProgramme_ByAnyoneButAnAdmin_IsForbidden()
    {
        var pair = await _admin.FormPair();
        await _admin.Enrol(pair.ProgrammeId, "coordinator", email: TestPeople.Coordinator.Email);

        var response = await _coordinator.PostJson("/api/programmes", new
        {
            name = "A programme of my own",
            cadenceDays = 14,
            startsOn = new DateOnly(2026, 1, 5),
            endsOn = new DateOnly(2026, 6, 5),
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ProgrammeOfOthers_ForAStranger_IsNotFoundOnEveryRoute()
    {
        var pair = await _admin.FormPair();

        Assert.Equal(HttpStatusCode.NotFound, (await _stranger.GetAsync(Programme(pair))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _stranger.TryEnrol(pair.ProgrammeId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _stranger.GetAsync(Pairs(pair))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _stranger.PostJson(Close(pair), Reason)).StatusCode);
    }

    [Fact]
    public async Task MentorAndMentee_MayReadTheProgrammeButNotRunIt()
    {
        var pair = await _admin.FormPair();

        foreach (var member in new[] { _mentor, _mentee })
        {
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(Programme(pair))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Participants(pair))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.TryEnrol(pair.ProgrammeId)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await member.PostJson(Close(pair), Reason)).StatusCode);
        }
    }

    [Fact]
    public async Task ListPairs_AsAMentee_ShowsTheirPairAndNoOtherPairOfTheProgramme()
    {
        var pair = await _admin.FormPair();
        var otherMentorId = await _admin.Enrol(pair.ProgrammeId, "mentor");
        var otherMenteeId = await _admin.Enrol(pair.ProgrammeId, "mentee");
        var otherPairId = await (await _admin.TryFormPair(pair.ProgrammeId, otherMentorId, otherMenteeId))
            .ReadCreatedId();

        var seenByMentee = await ListedIds(_mentee, Pairs(pair));
        var seenByAdmin = await ListedIds(_admin, Pairs(pair));

        Assert.Equal([pair.PairId], seenByMentee);
        Assert.Contains(otherPairId, seenByAdmin);
    }

    [Fact]
    public async Task Coordinator_RunsTheirProgrammeAndNoOther()
    {
        var pair = await _admin.FormPair();
        var otherProgrammeId = await _admin.LaunchProgramme("Not theirs");
        await _admin.Enrol(pair.ProgrammeId, "coordinator", email: TestPeople.Coordinator.Email);

        Assert.Equal(HttpStatusCode.OK, (await _coordinator.GetAsync(Participants(pair))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _coordinator.TryEnrol(pair.ProgrammeId)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _coordinator.PostJson(Close(pair), Reason)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _coordinator.TryEnrol(otherProgrammeId)).StatusCode);
    }

    [Fact]
    public async Task UpdateParticipant_ThemselfYes_ThePairsOtherOneNotEvenSeen()
    {
        var pair = await _admin.FormPair();

        var own = await _mentee.PatchJson($"/api/participants/{pair.MenteeId}", new { timeZone = "Europe/Lisbon" });
        var other = await _mentee.PatchJson($"/api/participants/{pair.MentorId}", new { timeZone = "Europe/Lisbon" });

        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private static readonly object Reason = new { reason = "The mentee changed teams." };

    private static string Programme(PairSetting pair) => $"/api/programmes/{pair.ProgrammeId}";

    private static string Participants(PairSetting pair) => $"/api/programmes/{pair.ProgrammeId}/participants";

    private static string Pairs(PairSetting pair) => $"/api/programmes/{pair.ProgrammeId}/pairs";

    private static string Close(PairSetting pair) => $"/api/pairs/{pair.PairId}/close";

    private static async Task<List<Guid>> ListedProgrammeIds(HttpClient client) =>
        await ListedIds(client, "/api/programmes?pageSize=200");

    private static async Task<List<Guid>> ListedIds(HttpClient client, string route)
    {
        var page = await (await client.GetAsync(route)).EnsureSuccessStatusCode().ReadJson();

        return page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<Guid>()).ToList();
    }
}
