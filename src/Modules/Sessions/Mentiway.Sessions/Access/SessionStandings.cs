using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.ReadModels;

namespace Mentiway.Sessions.Access;

/// <summary>
/// The caller's standing toward a pair's sessions (ADR 0010), from this module's own copy of the pair: its mentor,
/// mentee and programme's coordinators see them; the mentor (and an admin) runs them.
/// </summary>
public static class SessionStandings
{
    public static Task<Standing> InPairAsync(
        this ICurrentActor actor,
        SessionPair pair,
        CancellationToken cancellationToken) =>
        actor.InPairAsync(new PairParties(pair.ProgrammeId, pair.MentorId, pair.MenteeId), cancellationToken);

    /// <summary>
    /// Toward one session, through its pair. Sessions are scheduled only for a pair this module knows, so a missing
    /// pair is a lost copy: then nobody is known as its mentor or mentee, and the session's own programme still
    /// tells its coordinators (and admins) from strangers.
    /// </summary>
    public static Task<Standing> InSessionPairAsync(
        this ICurrentActor actor,
        Session current,
        SessionPair? pair,
        CancellationToken cancellationToken) =>
        pair is null
            ? actor.InPairAsync(new PairParties(current.ProgrammeId, Guid.Empty, Guid.Empty), cancellationToken)
            : actor.InPairAsync(pair, cancellationToken);

    /// <summary>Sees it: the pair's mentor or mentee, the programme's coordinators, admins; anyone else 404.</summary>
    public static Standing MustSeeSession(this Standing standing, Session current) =>
        standing.MustSee("session", current.Id);

    /// <summary>Changes it: the pair's mentor or an admin; the pair's mentee and coordinators get 403.</summary>
    public static Standing MustRunSession(this Standing standing, Session current, string refusal) =>
        standing.MustBe("session", current.Id, refusal, Relation.Mentor);
}
