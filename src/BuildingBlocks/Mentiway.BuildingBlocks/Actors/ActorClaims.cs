using System.Security.Claims;

namespace Mentiway.BuildingBlocks.Actors;

/// <summary>
/// Which claims of a token say what. Identity providers differ in how they name roles, so the admin role's name is
/// configurable; an e-mail counts only when the provider says it verified it, because it links the person to their
/// enrolments.
/// </summary>
public sealed class ActorClaims(string adminRole)
{
    public const string Subject = "sub";

    private static readonly string[] RoleClaims = ["role", "roles", ClaimTypes.Role];

    public bool IsAdmin(ClaimsPrincipal? user) =>
        user is not null && RoleClaims.Any(type => user.HasClaim(type, adminRole));

    public static string? VerifiedEmail(ClaimsPrincipal? user)
    {
        var email = user?.FindFirstValue("email");
        var verifiedClaim = user?.FindFirstValue("email_verified");
        var verified = string.Equals(verifiedClaim, "true", StringComparison.OrdinalIgnoreCase);

        return verified && string.IsNullOrWhiteSpace(email) == false ? email.Trim() : null;
    }
}
