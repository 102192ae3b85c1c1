using Mentiway.Homework.Contracts;
using Mentiway.Sessions.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Mentiway.Testing;

/// <summary>
/// Stands in for modules a test does not drive through their API: publishes their contract messages as they would,
/// and waits until every handler has seen them.
/// </summary>
public static class SimulatedModules
{
    public static Task Deliver(this MentiwayApp app, params object[] messages) =>
        app.Settled(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            foreach (var message in messages)
            {
                await bus.PublishAsync(message);
            }
        });

    public static HomeworkAssigned HomeworkAssignedTo(
        this MentiwayApp app,
        PairSetting pair,
        HomeworkAssignee assignee = HomeworkAssignee.Mentee) =>
        new(
            HomeworkId: Guid.NewGuid(),
            SessionId: Guid.NewGuid(),
            PairId: pair.PairId,
            AssigneeId: assignee == HomeworkAssignee.Mentee ? pair.MenteeId : pair.MentorId,
            Assignee: assignee,
            DueAt: app.Clock.GetUtcNow().AddDays(14),
            AssignedAt: app.Clock.GetUtcNow(),
            AssignedBy: TestPeople.Mentor.Subject);

    public static HomeworkSubmitted SubmittedNow(this MentiwayApp app, HomeworkAssigned assigned) =>
        new(
            assigned.HomeworkId,
            assigned.SessionId,
            assigned.PairId,
            assigned.AssigneeId,
            app.Clock.GetUtcNow(),
            TestPeople.Mentee.Subject);

    /// <summary>Homework set for the pair's mentee and submitted, as the Homework module announces it.</summary>
    public static async Task<HomeworkAssigned> SubmittedHomework(this MentiwayApp app, PairSetting pair)
    {
        var assigned = app.HomeworkAssignedTo(pair);
        await app.Deliver(assigned);
        await app.Deliver(app.SubmittedNow(assigned));

        return assigned;
    }

    public static SessionScheduled SessionScheduledFor(this MentiwayApp app, PairSetting pair) =>
        new(
            SessionId: Guid.NewGuid(),
            PairId: pair.PairId,
            ProgrammeId: pair.ProgrammeId,
            Topic: "Giving constructive feedback",
            StartsAt: app.Clock.GetUtcNow().AddDays(3),
            DurationMinutes: 60,
            ScheduledAt: app.Clock.GetUtcNow(),
            ScheduledBy: TestPeople.Mentor.Subject);

    /// <summary>A session of the pair, scheduled and held, as the Sessions module announces it.</summary>
    public static async Task<Guid> HeldSession(this MentiwayApp app, PairSetting pair)
    {
        var scheduled = app.SessionScheduledFor(pair);
        await app.Deliver(scheduled);
        var held = new SessionHeld(scheduled.SessionId, pair.PairId, app.Clock.GetUtcNow(), TestPeople.Mentor.Subject);
        await app.Deliver(held);

        return scheduled.SessionId;
    }

    /// <summary>A pair formed through the Programmes API, once every module has heard of it.</summary>
    public static Task<PairSetting> SettledPair(this MentiwayApp app, HttpClient admin) =>
        app.Settled(() => admin.FormPair());
}
