using Marten;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.Feedback.Documents;
using Mentiway.Homework.Contracts;

namespace Mentiway.Feedback.Access;

/// <summary>
/// How the caller stands toward what feedback hangs on: a homework item or a session, both through the pair they
/// belong to, as this module knows it from the Programmes module's messages.
/// </summary>
internal static class FeedbackStandings
{
    public const string Homework = "homework item";

    public const string Session = "session";

    /// <summary>
    /// Toward a homework item: as toward its pair, except that a mentor's preparation item is the mentor's own, so
    /// the pair's mentee is a stranger to it.
    /// </summary>
    public static async Task<Standing> TowardHomeworkAsync(
        this ICurrentActor actor,
        IQuerySession session,
        HomeworkItem item,
        CancellationToken cancellationToken)
    {
        var standing = await actor.TowardPairAsync(session, item.PairId, cancellationToken);

        return standing.Is(Relation.Mentee) && item.Assignee == HomeworkAssignee.Mentor
            ? actor.Acts(standing with { Relation = Relation.Stranger, ParticipantId = null })
            : standing;
    }

    public static Task<Standing> TowardSessionAsync(
        this ICurrentActor actor,
        IQuerySession session,
        KnownSession known,
        CancellationToken cancellationToken) =>
        actor.TowardPairAsync(session, known.PairId, cancellationToken);

    /// <summary>Whose item it is: the mentee's homework, or the mentor's preparation.</summary>
    public static Relation AssigneeOf(HomeworkItem item) =>
        item.Assignee == HomeworkAssignee.Mentor ? Relation.Mentor : Relation.Mentee;

    private static async Task<Standing> TowardPairAsync(
        this ICurrentActor actor,
        IQuerySession session,
        Guid pairId,
        CancellationToken cancellationToken)
    {
        // A pair not heard of yet has no members here: only an admin gets past it.
        var pair = await session.LoadAsync<KnownPair>(pairId, cancellationToken);

        if (pair is null)
        {
            return actor.Acts(new Standing(Relation.Stranger, null, actor.IsAdmin));
        }

        var parties = new PairParties(pair.ProgrammeId, pair.MentorId, pair.MenteeId);

        return await actor.InPairAsync(parties, cancellationToken);
    }
}
