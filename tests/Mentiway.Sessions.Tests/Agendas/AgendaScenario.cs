using Mentiway.Homework.Contracts;
using Mentiway.Testing;

namespace Mentiway.Sessions.Tests.Agendas;

/// <summary>
/// A pair with a held session, a cancelled one, today's and the next, and the homework between them as the
/// Homework module would describe it. Fixed dates, ahead of the fixture's clock, so agendas can be snapshots.
/// </summary>
public sealed record AgendaScenario(PairSetting Pair, Guid Previous, Guid Current, Guid Next)
{
    public static async Task<AgendaScenario> Build(MentiwayApp app, HttpClient api, string currentTopic)
    {
        var pair = await app.SettledPair(api, mentorZone: "Europe/Warsaw", menteeZone: "America/Chicago");
        var previous = await api.Schedule(pair.PairId, At(3, 5, 17), topic: "Giving feedback");
        await api.Change(previous, "hold", new { notes = "Good start." });
        var cancelled = await api.Schedule(pair.PairId, At(3, 12, 17), topic: "Cancelled in between");
        await api.Change(cancelled, "cancel", new { reason = "Holiday." });
        var current = await api.Schedule(pair.PairId, At(3, 19, 17), durationMinutes: 90, topic: currentTopic);
        var next = await api.Schedule(pair.PairId, At(4, 2, 16), topic: "Running one-to-ones");

        return new AgendaScenario(pair, previous, current, next);
    }

    public HomeworkStateChanged Homework(
        Guid setAt,
        Guid currentAt,
        HomeworkAssignee assignee,
        string title,
        string status,
        long version = 1,
        string? results = null,
        string? reflection = null,
        IReadOnlyList<HomeworkFeedbackNote>? feedback = null) =>
        new(
            HomeworkId: Guid.NewGuid(),
            PairId: Pair.PairId,
            SetAtSessionId: setAt,
            CurrentSessionId: currentAt,
            Assignee: assignee,
            AssigneeId: assignee == HomeworkAssignee.Mentor ? Pair.MentorId : Pair.MenteeId,
            Title: title,
            Instructions: $"Instructions for: {title}.",
            Status: status,
            DueAt: new DateTimeOffset(2026, 3, 18, 22, 59, 0, TimeSpan.Zero),
            Results: results,
            Reflection: reflection,
            Feedback: feedback ?? [],
            Version: version);

    public static DateTimeOffset At(int month, int day, int hourUtc) =>
        new(2026, month, day, hourUtc, 0, 0, TimeSpan.Zero);
}
