using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Mentiway.BuildingBlocks.Actors;

/// <summary>
/// Reads the actor from the request's token; code running outside a request (the demo, message handlers acting for
/// someone) names the actor explicitly with <see cref="ActAs"/>.
/// </summary>
public sealed class ActorContext(IHttpContextAccessor httpContextAccessor) : ICurrentActor
{
    public const string SubjectClaim = "sub";

    private string? _explicitSubject;

    public string Subject =>
        _explicitSubject
        ?? SubjectOf(httpContextAccessor.HttpContext?.User)
        ?? throw new InvalidOperationException("No actor: neither a request with a subject nor an explicit one.");

    public void ActAs(string subject) => _explicitSubject = subject;

    private static string? SubjectOf(ClaimsPrincipal? user) =>
        user?.FindFirstValue(SubjectClaim) ?? user?.FindFirstValue(ClaimTypes.NameIdentifier);
}
