namespace Mentiway.Host.Identity;

/// <summary>
/// How bearer tokens are checked: either a signing key shared with the issuer (HMAC-SHA256), or the authority of an
/// OpenID Connect provider whose published keys are used. Issuer and audience are always checked.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Mentiway:Auth";

    /// <summary>Shortest key HMAC-SHA256 accepts without weakening it: 256 bits.</summary>
    public const int MinimumSigningKeyBytes = 32;

    public string Issuer { get; set; } = "mentiway";

    public string Audience { get; set; } = "mentiway-api";

    public string? SigningKey { get; set; }

    public string? Authority { get; set; }

    /// <summary>The role claim value ("role" or "roles") that makes the token's holder a platform admin.</summary>
    public string AdminRole { get; set; } = "admin";

    public bool UsesAuthority => string.IsNullOrWhiteSpace(Authority) == false;
}
