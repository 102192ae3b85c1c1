using System.Net;
using Marten;
using Mentiway.Sessions.Documents;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mentiway.Sessions.Tests.Access;

/// <summary>
/// A pair's sessions and agendas are read by its mentor and mentee, their programme's coordinators and admins;
/// anyone else gets 404, as if they did not exist.
/// </summary>
public sealed class ReadSessionsAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    public static TheoryData<string> Readers => ["admin", "coordinator", "mentor", "mentee"];

    public static TheoryData<string> Outsiders => ["other mentor", "other mentee", "stranger"];

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task ReadSessionListAndAgenda_AsThePairOrItsCoordinator_Answers(string who)
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await _admin.Schedule(circle.Pair.PairId, app.Clock.GetUtcNow().AddDays(3));
        var caller = app.ClientFor(PairCircle.Person(who));

        var list = await caller.GetAsync($"/api/pairs/{circle.Pair.PairId}/sessions");
        var session = await caller.GetAsync($"/api/sessions/{sessionId}");
        var agenda = await caller.GetAsync($"/api/sessions/{sessionId}/agenda");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal([sessionId], (await list.ReadJson())["items"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()));
        Assert.Equal(HttpStatusCode.OK, session.StatusCode);
        Assert.Equal(sessionId, (await session.ReadJson())["id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.OK, agenda.StatusCode);
        Assert.StartsWith("# Agenda: Giving feedback", await agenda.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task ReadSessionListAndAgenda_AsAnyoneElse_AnswersNotFoundLikeAnUnknownId(string who)
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await _admin.Schedule(circle.Pair.PairId, app.Clock.GetUtcNow().AddDays(3));
        var caller = app.ClientFor(PairCircle.Person(who));

        var list = await caller.GetAsync($"/api/pairs/{circle.Pair.PairId}/sessions");
        var session = await caller.GetAsync($"/api/sessions/{sessionId}");
        var agenda = await caller.GetAsync($"/api/sessions/{sessionId}/agenda?for=mentor");
        var unknown = await caller.GetAsync($"/api/sessions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, session.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, agenda.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal((await unknown.ReadJson())["title"]?.ToString(), (await session.ReadJson())["title"]?.ToString());
    }

    [Fact]
    public async Task ReadTheOtherPairsSessions_AsTheirOwnMentor_Answers()
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await _admin.Schedule(circle.OtherPair.PairId, app.Clock.GetUtcNow().AddDays(3));
        var otherMentor = app.ClientFor(PairCircle.OtherMentor);
        var mentor = app.ClientFor(TestPeople.Mentor);

        Assert.Equal(HttpStatusCode.OK, (await otherMentor.GetAsync($"/api/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync($"/api/sessions/{sessionId}")).StatusCode);
    }

    [Fact]
    public async Task ReadASession_WhosePairCopyIsMissing_ShowsItToAdminsAndCoordinatorsOnly()
    {
        var circle = await PairCircle.Build(app, _admin);
        var sessionId = await _admin.Schedule(circle.Pair.PairId, app.Clock.GetUtcNow().AddDays(3));
        await ForgetPair(circle.Pair.PairId);

        // Without the pair nobody is known as its mentor or mentee; the session's programme still is.
        Assert.Equal(HttpStatusCode.OK, (await _admin.GetAsync($"/api/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK,
            (await app.ClientFor(TestPeople.Coordinator).GetAsync($"/api/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await app.ClientFor(TestPeople.Mentee).GetAsync($"/api/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await _admin.GetAsync($"/api/pairs/{circle.Pair.PairId}/sessions")).StatusCode);
    }

    private async Task ForgetPair(Guid pairId)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Delete<SessionPair>(pairId);
        await session.SaveChangesAsync();
    }
}
