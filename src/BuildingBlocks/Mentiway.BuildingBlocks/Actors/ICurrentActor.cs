using Mentiway.BuildingBlocks.Access;

namespace Mentiway.BuildingBlocks.Actors;

/// <summary>
/// Who is acting: the person named by the caller's token, their enrolments, and the participant they act as in the
/// change at hand. Every change records it; it never comes from a request body.
/// </summary>
public interface ICurrentActor
{
    /// <summary>The token's subject: the person, the same in every programme.</summary>
    string Subject { get; }

    /// <summary>False for the one anonymous way in, the co-worker's link.</summary>
    bool HasSubject { get; }

    /// <summary>The token carries the platform's admin role.</summary>
    bool IsAdmin { get; }

    /// <summary>The participant the caller acts as, once a standing toward the resource at hand was found.</summary>
    Guid? ActingParticipantId { get; }

    /// <summary>The caller's enrolments, looked up once per request.</summary>
    Task<IReadOnlyList<Membership>> MembershipsAsync(CancellationToken cancellationToken);

    /// <summary>Records the standing the caller acts in; returns it for the caller's convenience.</summary>
    Standing Acts(Standing standing);
}
