using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentiway.Host.Identity;

/// <summary>
/// A person the platform can issue a token for when it signs its own (the demo and local trials). Providers say
/// whether they verified the e-mail; only a verified one links the person to their enrolments.
/// </summary>
public sealed record TokenPerson(
    string Subject,
    string Name,
    string Email,
    bool IsAdmin = false,
    bool EmailVerified = true);

/// <summary>
/// Issues tokens signed with the configured key, the same way any identity provider would. Only used where the
/// platform is its own issuer: the demo and tests. Real deployments point <see cref="AuthOptions.Authority"/> at
/// their provider instead.
/// </summary>
public sealed class TokenIssuer(AuthOptions options)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>
    /// Tokens live in wall-clock time, which token validation reads directly, not in the platform's injected clock
    /// (the demo and the tests move that one).
    /// </summary>
    public string IssueFor(TokenPerson person) => IssueFor(person, DateTime.UtcNow);

    public string IssueFor(TokenPerson person, DateTime now)
    {
        var claims = new List<Claim>
        {
            new("sub", person.Subject),
            new("name", person.Name),
            new("email", person.Email),
            new("email_verified", person.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean),
        };
        if (person.IsAdmin)
        {
            claims.Add(new Claim("role", "admin"));
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = new SigningCredentials(
                AuthenticationSetup.SigningKeyFrom(options),
                SecurityAlgorithms.HmacSha256),
        };

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
