namespace Mentiway.Host.Demo;

/// <summary>
/// The walk-through of the origin story: three sessions on strengths, constructive feedback and the efficiency of
/// daily work, their homework moving through its lifecycle, and a fourth session ahead whose agenda opens with the
/// results. The clock is set back to each moment before acting, so the history is built by today's rules.
/// </summary>
internal sealed class DemoHistory(DemoApi api, ITimeMachine clock)
{
    public const int SessionCount = 4;

    private static readonly DemoPerson Admin = DemoPeople.Admin;
    private static readonly DemoPerson Mentor = DemoPeople.Mentor;
    private static readonly DemoPerson Mentee = DemoPeople.Mentee;

    private readonly DateTimeOffset _today = new(clock.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public async Task<DemoIds> BuildAsync(CancellationToken ct)
    {
        clock.Travel(_today.AddDays(-60).AddHours(8));
        var (programmeId, pairId, menteeId) = await FormThePair(ct);
        var sessions = await ScheduleTheSessions(pairId, ct);

        var strengths = await KnowingYourStrengths(sessions[0], ct);
        var fuko = await GivingConstructiveFeedback(sessions[1], strengths, ct);
        await ImprovingTheEfficiencyOfDailyWork(sessions[2], fuko, ct);
        await PreparingTheNextSession(sessions[3], ct);

        return new DemoIds(programmeId, pairId, sessions.Select(s => s.Id).ToList(), menteeId);
    }

    private async Task<(Guid ProgrammeId, Guid PairId, Guid MenteeId)> FormThePair(CancellationToken ct)
    {
        var programmeId = await api.Create(Admin, "/api/programmes", new
        {
            name = DemoProgramme.Name,
            description = "Six months for new team leads: strengths, feedback and the efficiency of daily work.",
            goal = "Every mentee leaves with habits they practised between sessions, not only ideas.",
            cadenceDays = 21,
            startsOn = DateOnly.FromDateTime(_today.AddDays(-60).Date),
            endsOn = DateOnly.FromDateTime(_today.AddDays(120).Date),
        }, ct);

        var enrolled = new Dictionary<string, Guid>();
        foreach (var person in DemoPeople.All.Where(p => p.Role is not null))
        {
            enrolled[person.Key] = await api.Create(Admin, $"/api/programmes/{programmeId}/participants", new
            {
                displayName = person.Token.Name,
                email = person.Token.Email,
                role = person.Role.ToString()!.ToLowerInvariant(),
                timeZone = person.TimeZone,
            }, ct);
        }

        var pairId = await api.Create(Admin, $"/api/programmes/{programmeId}/pairs", new
        {
            mentorId = enrolled[Mentor.Key],
            menteeId = enrolled[Mentee.Key],
            goal = "Lead a team of five with confidence: know my strengths, give feedback well, own my time.",
        }, ct);

        // Sessions learns of the pair from a message: wait until it knows.
        await api.WaitUntil(Admin, $"/api/pairs/{pairId}/sessions", _ => true, ct);

        return (programmeId, pairId, enrolled[Mentee.Key]);
    }

    private async Task<IReadOnlyList<DemoSession>> ScheduleTheSessions(Guid pairId, CancellationToken ct)
    {
        // 16:00 UTC: late afternoon in Warsaw, late morning in Chicago, on both sides of the autumn clock changes.
        (string Topic, int DaysFromToday)[] plan =
        [
            ("Knowing your strengths", -56),
            ("Giving constructive feedback", -35),
            ("Improving the efficiency of daily work", -14),
            ("Looking back and planning ahead", 7),
        ];

        var sessions = new List<DemoSession>();
        foreach (var (topic, days) in plan)
        {
            var start = _today.AddDays(days).AddHours(16);
            var id = await api.Create(Mentor, $"/api/pairs/{pairId}/sessions", new
            {
                topic,
                start = start.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                durationMinutes = 60,
            }, ct);
            sessions.Add(new DemoSession(id, start));
        }

        // Homework learns of sessions from messages too.
        foreach (var session in sessions)
        {
            await api.WaitUntil(Mentor, $"/api/sessions/{session.Id}/homework", _ => true, ct);
        }

        return sessions;
    }

    private async Task<Guid> KnowingYourStrengths(DemoSession session, CancellationToken ct)
    {
        var preparation = await Assign(session, "mentor", "Bring three strengths you have seen in Jordan's work",
            "Concrete moments from the last month, so the conversation starts from evidence.", ct);
        await Start(Mentor, preparation, ct);
        await Submit(Mentor, preparation, "Three moments noted: the incident review, the onboarding plan, the demo.",
            "Looking for evidence first made me notice how calm Jordan is under pressure.", ct);

        await Hold(session, "Strengths talk went well; Jordan was surprised how others see him.", ct);
        var homework = await Assign(session, "mentee", "Gather feedback from co-workers on your strengths",
            "Ask at least five co-workers: *What do I do well that I should do more of?* Write down their words.", ct);

        await At(session.Start.AddDays(2), () => Start(Mentee, homework, ct));
        await At(session.Start.AddDays(6), () => Note(Mentee, homework, "Asked six people; four answered so far.", ct));
        await At(session.Start.AddDays(12), () => Submit(Mentee, homework,
            "Five answers. Common themes: I explain complex things simply, I stay calm in incidents, I follow up.",
            "Hearing it from others made the strengths feel real. Asking was harder than I expected.", ct));

        return homework;
    }

    private async Task<Guid> GivingConstructiveFeedback(DemoSession session, Guid previous, CancellationToken ct)
    {
        var preparation = await At(session.Start.AddDays(-2), () => Assign(session, "mentor",
            "Prepare FUKO examples from your own team",
            "Two real situations, written as facts, feelings, consequences and expectations.", ct));
        await Start(Mentor, preparation, ct);
        await At(session.Start.AddDays(-1), () => Submit(Mentor, preparation,
            "Two examples written up: a missed deadline and an excellent code review.",
            "Writing the feelings part honestly took the longest.", ct));

        await At(session.Start.AddMinutes(20), () => GiveOutcome(previous, "accepted",
            "You asked widely and wrote down exact words.", "Ask one person from outside the team too.",
            "Use the calm-in-incidents strength deliberately in the next retro.", ct));

        await Hold(session, "Practised FUKO on two of Jordan's situations.", ct);
        var homework = await Assign(session, "mentee", "Apply the FUKO model in several conversations",
            "Use facts, feelings, consequences and expectations in at least three real conversations. " +
            "Write down how each went and how well the model worked.", ct);

        await At(session.Start.AddDays(3), () => Start(Mentee, homework, ct));
        await At(session.Start.AddDays(10), () => Submit(Mentee, homework,
            "Used it twice: with a developer about late reviews, with a peer about meeting overruns.",
            "Facts and feelings came easily; I forgot to say what I expect next.", ct));
        await At(session.Start.AddDays(12), () => GiveOutcome(homework, "needsRework",
            "Clear facts, honest feelings.", "The expectations part is missing in both conversations.",
            "Have one more conversation and end it with a concrete expectation.", ct));
        await At(session.Start.AddDays(18), () => Submit(Mentee, homework,
            "Third conversation, with a tester about flaky tests, ended with an agreed expectation and a date.",
            "Saying the expectation out loud changed the outcome. The model works when I use all four parts.", ct));

        return homework;
    }

    private async Task ImprovingTheEfficiencyOfDailyWork(DemoSession session, Guid previous, CancellationToken ct)
    {
        var preparation = await At(session.Start.AddDays(-3), () => Assign(session, "mentor",
            "Bring an Eisenhower matrix of one of your own weeks",
            "A real week sorted into urgent/important, to show the method rather than explain it.", ct));
        await At(session.Start.AddDays(-1), () => Start(Mentor, preparation, ct));
        await At(session.Start.AddHours(-2), () => Submit(Mentor, preparation,
            "My week sorted: two thirds of my meetings were urgent but not important.",
            "Doing it myself first showed me where the method pinches: recurring meetings.", ct));

        await At(session.Start.AddMinutes(15), () => GiveOutcome(previous, "accepted",
            "All four parts, and an agreed date.", "Keep notes right after each conversation.",
            "Use FUKO in your next one-to-one.", ct));

        await Hold(session, "Sorted Jordan's last week together; most meetings were urgent but not important.", ct);
        var homework = await Assign(session, "mentee", "Test the Eisenhower matrix on your tasks",
            "For one week, sort your tasks every morning into the four quadrants. " +
            "Reflect on how well it fits your daily work.", ct);

        await At(session.Start.AddDays(2), () => Start(Mentee, homework, ct));
        await At(session.Start.AddDays(5), () => Note(Mentee, homework,
            "Day three: declined two meetings from the urgent-not-important quadrant.", ct));
    }

    private async Task PreparingTheNextSession(DemoSession session, CancellationToken ct)
    {
        clock.ReturnToPresent();
        await Assign(session, "mentor", "Prepare a look back at the three topics",
            "Collect Jordan's own words from the results of each homework.", ct);
    }

    private async Task Hold(DemoSession session, string notes, CancellationToken ct)
    {
        clock.Travel(session.Start.AddMinutes(60));
        await api.Post(Mentor, $"/api/sessions/{session.Id}/hold", new { notes }, ct);
    }

    private async Task<Guid> Assign(
        DemoSession session,
        string assignee,
        string title,
        string instructions,
        CancellationToken ct) =>
        await api.Create(Mentor, $"/api/sessions/{session.Id}/homework", new { assignee, title, instructions }, ct);

    private async Task Start(DemoPerson person, Guid homeworkId, CancellationToken ct) =>
        await api.Post(person, $"/api/homework/{homeworkId}/start", null, ct);

    private async Task Note(DemoPerson person, Guid homeworkId, string note, CancellationToken ct) =>
        await api.Post(person, $"/api/homework/{homeworkId}/progress", new { note }, ct);

    private async Task Submit(
        DemoPerson person,
        Guid homeworkId,
        string results,
        string reflection,
        CancellationToken ct) =>
        await api.Post(person, $"/api/homework/{homeworkId}/submit", new { results, reflection }, ct);

    // The mentor drafts feedback in the Feedback module and releases it at the session; it reaches the item
    // through a message, so wait until the item shows it.
    private async Task GiveOutcome(
        Guid homeworkId,
        string outcome,
        string wentWell,
        string toImprove,
        string nextStep,
        CancellationToken ct)
    {
        var feedbackId = await api.CreateOnceKnown(Mentor, $"/api/homework/{homeworkId}/feedback",
            new { outcome, wentWell, toImprove, nextStep }, ct);
        await api.Post(Mentor, $"/api/homework/{homeworkId}/feedback/{feedbackId}/release", null, ct);

        var expected = outcome == "accepted" ? "completed" : "inProgress";
        await api.WaitUntil(Mentor, $"/api/homework/{homeworkId}",
            item => item["status"]!.GetValue<string>() == expected, ct);
    }

    private async Task<T> At<T>(DateTimeOffset moment, Func<Task<T>> act)
    {
        clock.Travel(moment);

        return await act();
    }

    private async Task At(DateTimeOffset moment, Func<Task> act)
    {
        clock.Travel(moment);
        await act();
    }

    private sealed record DemoSession(Guid Id, DateTimeOffset Start);
}
