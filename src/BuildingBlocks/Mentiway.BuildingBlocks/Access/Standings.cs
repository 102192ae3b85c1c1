using Mentiway.BuildingBlocks.Actors;

namespace Mentiway.BuildingBlocks.Access;

/// <summary>The people of one pair, as each module keeps them from the Programmes module's messages.</summary>
public sealed record PairParties(Guid ProgrammeId, Guid MentorId, Guid MenteeId);

/// <summary>
/// Works out the caller's <see cref="Standing"/> toward a pair, a programme or a participant from their enrolments.
/// The standing found is also the one the caller acts in: the change they make records that participant.
/// </summary>
public static class Standings
{
    public static async Task<Standing> InPairAsync(
        this ICurrentActor actor,
        PairParties pair,
        CancellationToken cancellationToken)
    {
        var inProgramme = await MembershipsIn(actor, pair.ProgrammeId, cancellationToken);

        var standing = inProgramme.FirstOrDefault(m => m.ParticipantId == pair.MentorId) is { } mentor
            ? new Standing(Relation.Mentor, mentor.ParticipantId, actor.IsAdmin)
            : inProgramme.FirstOrDefault(m => m.ParticipantId == pair.MenteeId) is { } mentee
                ? new Standing(Relation.Mentee, mentee.ParticipantId, actor.IsAdmin)
                : AsCoordinatorOrStranger(actor, inProgramme);

        return actor.Acts(standing);
    }

    public static async Task<Standing> InProgrammeAsync(
        this ICurrentActor actor,
        Guid programmeId,
        CancellationToken cancellationToken)
    {
        var inProgramme = await MembershipsIn(actor, programmeId, cancellationToken);

        // One enrolment per person and programme; should there be more, the widest role decides.
        var widest = inProgramme.OrderBy(m => m.Role == ProgrammeRole.Coordinator ? 0 : 1).FirstOrDefault();
        var standing = widest is null
            ? new Standing(Relation.Stranger, null, actor.IsAdmin)
            : new Standing(RelationOf(widest.Role), widest.ParticipantId, actor.IsAdmin);

        return actor.Acts(standing);
    }

    /// <summary>Toward one participant: themself, or the coordinator of their programme.</summary>
    public static async Task<Standing> TowardParticipantAsync(
        this ICurrentActor actor,
        Guid participantId,
        Guid programmeId,
        CancellationToken cancellationToken)
    {
        var inProgramme = await MembershipsIn(actor, programmeId, cancellationToken);

        var standing = inProgramme.Any(m => m.ParticipantId == participantId)
            ? new Standing(Relation.Self, participantId, actor.IsAdmin)
            : AsCoordinatorOrStranger(actor, inProgramme);

        return actor.Acts(standing);
    }

    private static async Task<List<Membership>> MembershipsIn(
        ICurrentActor actor,
        Guid programmeId,
        CancellationToken cancellationToken)
    {
        var memberships = await actor.MembershipsAsync(cancellationToken);

        return memberships.Where(m => m.ProgrammeId == programmeId).ToList();
    }

    private static Standing AsCoordinatorOrStranger(ICurrentActor actor, List<Membership> inProgramme) =>
        inProgramme.FirstOrDefault(m => m.Role == ProgrammeRole.Coordinator) is { } coordinator
            ? new Standing(Relation.Coordinator, coordinator.ParticipantId, actor.IsAdmin)
            : new Standing(Relation.Stranger, null, actor.IsAdmin);

    private static Relation RelationOf(ProgrammeRole role) => role switch
    {
        ProgrammeRole.Mentor => Relation.Mentor,
        ProgrammeRole.Mentee => Relation.Mentee,
        _ => Relation.Coordinator,
    };
}
