using System.Net;
using System.Security.Claims;
using System.Text;
using Marten;
using Mentiway.Programmes.Documents;
using Mentiway.Host.Identity;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Mentiway.Host.Tests.Identity;

public sealed class AuthenticationTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private const string OtherKey = "a-different-key-that-nobody-configured-0123456789";

    public static TheoryData<string, string?> RejectedTokens => new()
    {
        { "no token", null },
        { "not a JWT", "not-a-token" },
        { "expired", Token(expires: DateTime.UtcNow.AddMinutes(-10)) },
        { "not yet valid", Token(notBefore: DateTime.UtcNow.AddMinutes(10)) },
        { "signed with another key", Token(key: OtherKey) },
        { "unsigned", UnsignedToken() },
        { "wrong audience", Token(audience: "someone-else") },
        { "wrong issuer", Token(issuer: "someone-else") },
        { "no expiry", Token(withoutExpiry: true) },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task CallApi_WithRejectedToken_AnswersUnauthorizedProblem(string why, string? token)
    {
        var client = app.ClientWithToken(token);

        var response = await client.GetAsync("/api/programmes");

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CallApi_WithValidToken_IsServed()
    {
        var response = await app.ClientWithToken(Token()).GetAsync("/api/programmes");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Change_RecordsTheActorFromTheTokenNotFromTheBody()
    {
        var secondAdmin = new TokenPerson("second-admin", "Bo Admin", "bo@test.example", IsAdmin: true);
        var client = app.ClientFor(secondAdmin);

        var response = await client.PostJson("/api/programmes", new
        {
            name = "Actor check",
            cadenceDays = 14,
            startsOn = new DateOnly(2026, 1, 5),
            endsOn = new DateOnly(2026, 6, 30),
            launchedBy = "someone-else",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var stored = await session.LoadAsync<Programme>(await response.ReadCreatedId());
        Assert.Equal(secondAdmin.Subject, stored!.LaunchedBy);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    public async Task AnonymousEndpoint_WithoutToken_IsServed(string route)
    {
        var response = await app.ClientWithToken(null).GetAsync(route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DemoTokens_WhenDemoIsOff_DoNotExist()
    {
        var response = await app.ClientWithToken(null).GetAsync("/demo/tokens");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Token(
        string key = MentiwayApp.SigningKey,
        string issuer = "mentiway",
        string audience = "mentiway-api",
        DateTime? expires = null,
        DateTime? notBefore = null,
        bool withoutExpiry = false)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "token-test")]),
            IssuedAt = (notBefore ?? now).AddMinutes(-30),
            NotBefore = notBefore ?? (expires ?? now).AddMinutes(-30),
            Expires = withoutExpiry ? null : expires ?? now.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)),
                SecurityAlgorithms.HmacSha256),
        };
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = withoutExpiry == false };

        return handler.CreateToken(descriptor);
    }

    private static string UnsignedToken()
    {
        var signed = Token();
        var parts = signed.Split('.');
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");

        return $"{header}.{parts[1]}.";
    }
}
