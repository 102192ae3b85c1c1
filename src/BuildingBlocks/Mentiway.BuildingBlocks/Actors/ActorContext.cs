using System.Security.Claims;
using Mentiway.BuildingBlocks.Access;
using Microsoft.AspNetCore.Http;

namespace Mentiway.BuildingBlocks.Actors;

/// <summary>
/// Reads the actor from the request's token and asks the membership directory, once per request, which enrolments
/// are theirs.
/// </summary>
public sealed class ActorContext(
    IHttpContextAccessor httpContextAccessor,
    IMembershipDirectory directory,
    ActorClaims claims) : ICurrentActor
{
    private Task<IReadOnlyList<Membership>>? _memberships;

    public string Subject =>
        SubjectOf(User)
        ?? throw new InvalidOperationException("No actor: this code runs outside a request with a subject.");

    public bool HasSubject => SubjectOf(User) is not null;

    public bool IsAdmin => claims.IsAdmin(User);

    public Guid? ActingParticipantId { get; private set; }

    private ClaimsPrincipal? User => httpContextAccessor.HttpContext?.User;

    public Task<IReadOnlyList<Membership>> MembershipsAsync(CancellationToken cancellationToken) =>
        _memberships ??= directory.MembershipsOfAsync(new CallerIdentity(Subject, ActorClaims.VerifiedEmail(User)),
            cancellationToken);

    public Standing Acts(Standing standing)
    {
        ActingParticipantId = standing.ParticipantId;

        return standing;
    }

    private static string? SubjectOf(ClaimsPrincipal? user) =>
        user?.FindFirstValue(ActorClaims.Subject) ?? user?.FindFirstValue(ClaimTypes.NameIdentifier);
}
