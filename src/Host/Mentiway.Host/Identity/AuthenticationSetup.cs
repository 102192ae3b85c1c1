using System.Text;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace Mentiway.Host.Identity;

internal static class AuthenticationSetup
{
    public static IServiceCollection AddMentiwayAuthentication(this IServiceCollection services, IConfiguration config)
    {
        var options = config.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(options);
        services.AddSingleton(new ActorClaims(options.AdminRole));

        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(bearer => Configure(bearer, options));

        // Every endpoint needs a valid token unless it says otherwise (health, OpenAPI, the reference page).
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AccessPolicies.Person, policy =>
                policy.RequireAuthenticatedUser().RequireClaim(ActorClaims.Subject));

        return services;
    }

    public static SymmetricSecurityKey SigningKeyFrom(AuthOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(options.SigningKey ?? string.Empty);
        if (bytes.Length < AuthOptions.MinimumSigningKeyBytes)
        {
            throw new InvalidOperationException(
                $"{AuthOptions.Section}:SigningKey must be at least {AuthOptions.MinimumSigningKeyBytes} bytes, " +
                $"or {AuthOptions.Section}:Authority must name an OpenID Connect provider.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    private static void Configure(JwtBearerOptions bearer, AuthOptions options)
    {
        // Keep claim names as the token has them: "sub" is the person, not a SOAP-era URI.
        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = options.UsesAuthority ? null : options.Issuer,
            ValidateAudience = true,
            ValidAudience = options.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = "name",
        };

        if (options.UsesAuthority)
        {
            bearer.Authority = options.Authority;
            bearer.Audience = options.Audience;
        }
        else
        {
            bearer.TokenValidationParameters.IssuerSigningKey = SigningKeyFrom(options);
            bearer.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }
}
