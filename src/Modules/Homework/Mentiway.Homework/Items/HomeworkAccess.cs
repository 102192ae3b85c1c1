using Marten;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Homework.Contracts;
using Mentiway.Homework.Documents;

namespace Mentiway.Homework.Items;

/// <summary>
/// The caller's standing toward homework (ADR 0010), from the pair the module knows by the Programmes module's
/// messages. An item belongs to its pair: the mentor and the programme's coordinator see all of it, the mentee
/// only what is theirs to do. A mentor's preparation is the mentor's: to the mentee it does not exist.
/// </summary>
public static class HomeworkAccess
{
    private const string Homework = "homework";

    /// <summary>How the caller stands toward one item: the mentee is a stranger to the mentor's preparation.</summary>
    public static async Task<Standing> TowardHomeworkAsync(
        this ICurrentActor actor,
        IQuerySession session,
        HomeworkItem item,
        CancellationToken cancellationToken)
    {
        var standing = await actor.InPairOfAsync(session, item.PairId, cancellationToken);

        return standing.Is(Relation.Mentee) && item.Assignee == HomeworkAssignee.Mentor
            ? actor.Acts(standing with { Relation = Relation.Stranger, ParticipantId = null })
            : standing;
    }

    /// <summary>
    /// How the caller stands toward a pair. A pair not known here yet (its message is still on the way) has no
    /// members to tell apart: only an admin stands anywhere toward it.
    /// </summary>
    public static async Task<Standing> InPairOfAsync(
        this ICurrentActor actor,
        IQuerySession session,
        Guid pairId,
        CancellationToken cancellationToken)
    {
        var pair = await session.LoadAsync<KnownPair>(pairId, cancellationToken);

        if (pair is null)
        {
            return actor.Acts(new Standing(Relation.Stranger, null, actor.IsAdmin));
        }

        var parties = new PairParties(pair.ProgrammeId, pair.MentorId, pair.MenteeId);

        return await actor.InPairAsync(parties, cancellationToken);
    }

    /// <summary>Reading the item, its history and its conversation.</summary>
    public static async Task<Standing> MustSeeHomeworkAsync(
        this ICurrentActor actor,
        IQuerySession session,
        HomeworkItem item,
        CancellationToken cancellationToken) =>
        (await actor.TowardHomeworkAsync(session, item, cancellationToken)).MustSee(Homework, item.Id);

    /// <summary>Editing, moving the due moment, carrying over, cancelling: the mentor sets the homework.</summary>
    public static async Task<Standing> MustBeItsMentorAsync(
        this ICurrentActor actor,
        IQuerySession session,
        HomeworkItem item,
        string refusal,
        CancellationToken cancellationToken) =>
        (await actor.TowardHomeworkAsync(session, item, cancellationToken))
        .MustBe(Homework, item.Id, refusal, Relation.Mentor);

    /// <summary>Starting, noting progress, submitting: the one the item is for does the work.</summary>
    public static async Task<Standing> MustBeItsAssigneeAsync(
        this ICurrentActor actor,
        IQuerySession session,
        HomeworkItem item,
        string refusal,
        CancellationToken cancellationToken) =>
        (await actor.TowardHomeworkAsync(session, item, cancellationToken))
        .MustBe(Homework, item.Id, refusal, AssigneeOf(item));

    /// <summary>The conversation is the pair's: both, wherever they see the item; not the coordinator.</summary>
    public static async Task<Standing> MustBeOfItsPairAsync(
        this ICurrentActor actor,
        IQuerySession session,
        HomeworkItem item,
        string refusal,
        CancellationToken cancellationToken) =>
        (await actor.TowardHomeworkAsync(session, item, cancellationToken))
        .MustBe(Homework, item.Id, refusal, Relation.Mentor, Relation.Mentee);

    /// <summary>
    /// Which of a participant's items the caller may read: all of them (the participant themself, their
    /// programme's coordinator, an admin), or those of the pairs in which the caller is, or was, the participant's
    /// mentor. Anyone else is told the participant does not exist.
    /// </summary>
    public static async Task<ParticipantHomeworkScope> MustSeeHomeworkOfAsync(
        this ICurrentActor actor,
        IQuerySession session,
        KnownParticipant participant,
        CancellationToken cancellationToken)
    {
        var standing = await actor.TowardParticipantAsync(participant.Id, participant.ProgrammeId, cancellationToken);
        if (standing.MaySee)
        {
            return ParticipantHomeworkScope.Everything;
        }

        var asMentor = await PairsMentoring(actor, session, participant, cancellationToken);
        if (asMentor.Count == 0)
        {
            throw new NotFoundException("participant", participant.Id);
        }

        actor.Acts(new Standing(Relation.Mentor, asMentor[0].MentorId, actor.IsAdmin));

        return new ParticipantHomeworkScope(asMentor.Select(x => x.Id).ToList());
    }

    private static Relation AssigneeOf(HomeworkItem item) =>
        item.Assignee == HomeworkAssignee.Mentor ? Relation.Mentor : Relation.Mentee;

    // The pairs, open or closed, in which one of the caller's mentor enrolments mentors the participant.
    private static async Task<IReadOnlyList<KnownPair>> PairsMentoring(
        ICurrentActor actor,
        IQuerySession session,
        KnownParticipant mentee,
        CancellationToken cancellationToken)
    {
        var memberships = await actor.MembershipsAsync(cancellationToken);
        var mentorIds = memberships
            .Where(m => m.ProgrammeId == mentee.ProgrammeId && m.Role == ProgrammeRole.Mentor)
            .Select(m => m.ParticipantId)
            .ToArray();

        return mentorIds.Length == 0
            ? []
            : await session.Query<KnownPair>()
                .Where(x => x.MenteeId == mentee.Id && mentorIds.Contains(x.MentorId))
                .ToListAsync(cancellationToken);
    }
}

/// <summary>A participant's items the caller may read: every one, or only those of the pairs named.</summary>
public sealed record ParticipantHomeworkScope(IReadOnlyList<Guid>? OnlyPairIds)
{
    public static readonly ParticipantHomeworkScope Everything = new((IReadOnlyList<Guid>?)null);

    public IQueryable<HomeworkItem> Filter(IQueryable<HomeworkItem> items)
    {
        if (OnlyPairIds is null)
        {
            return items;
        }

        var pairIds = OnlyPairIds.ToArray();

        return items.Where(x => pairIds.Contains(x.PairId));
    }
}
