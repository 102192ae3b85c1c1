using Marten;
using Mentiway.Host.Identity;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mentiway.Feedback.Tests.Access;

/// <summary>Our pair (TestPeople's) and their pair, in one programme that TestPeople.Coordinator coordinates.</summary>
internal sealed record TwoPairs(PairSetting Ours, PairSetting Theirs);

/// <summary>People and settings for the access tests: who stands where toward whose item.</summary>
internal static class AccessSetting
{
    public static readonly TokenPerson OtherMentor = new("other-mentor", "Olga Berg", "olga@test.example");

    public static readonly TokenPerson OtherMentee = new("other-mentee", "Otto Lind", "otto@test.example");

    public static async Task<TwoPairs> TwoPairsWithCoordinator(this MentiwayApp app, HttpClient admin)
    {
        var ours = await app.SettledPair(admin);
        await admin.Enrol(ours.ProgrammeId, "coordinator", email: TestPeople.Coordinator.Email);

        var theirs = await app.Settled(async () =>
        {
            var mentorId = await admin.Enrol(ours.ProgrammeId, "mentor", email: OtherMentor.Email);
            var menteeId = await admin.Enrol(ours.ProgrammeId, "mentee", email: OtherMentee.Email);
            var formed = await admin.TryFormPair(ours.ProgrammeId, mentorId, menteeId);

            return new PairSetting(ours.ProgrammeId, await formed.ReadCreatedId(), mentorId, menteeId);
        });

        return new TwoPairs(ours, theirs);
    }

    /// <summary>The mentor's preparation, set at a held session through the Homework API, once all heard.</summary>
    public static async Task<Guid> PreparationItem(this MentiwayApp app, HttpClient admin, PairSetting pair)
    {
        var sessionId = await app.HeldSession(pair);
        var created = await app.Settled(() => admin.PostJson(
            $"/api/sessions/{sessionId}/homework",
            new { assignee = "mentor", title = "Prepare the feedback round", instructions = "Read the notes." }));

        return await created.ReadCreatedId();
    }

    /// <summary>A document as stored, and who last changed it: the acting participant, or an admin's subject.</summary>
    public static async Task<(T Document, string? LastModifiedBy)> Stored<T>(this MentiwayApp app, Guid id)
        where T : notnull
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var document = await session.LoadAsync<T>(id)
            ?? throw new InvalidOperationException($"No {typeof(T).Name} {id} was stored.");
        var metadata = await session.MetadataForAsync(document);

        return (document, metadata?.LastModifiedBy);
    }

    public static async Task<int> CountStored<T>(this MentiwayApp app, Func<IQueryable<T>, IQueryable<T>> which)
        where T : notnull
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();

        return await which(session.Query<T>()).CountAsync();
    }
}
