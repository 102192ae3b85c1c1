using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Host.Tests.Platform;

public sealed class HardeningTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    [Fact]
    public async Task AnyResponse_CarriesBrowserSecurityHeaders()
    {
        var response = await app.ClientFor(TestPeople.Admin).GetAsync("/api/programmes");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task AnonymousFeedbackLink_CalledTooOften_AnswersTooManyRequests()
    {
        using var limited = app.WithWebHostBuilder(host =>
            host.UseSetting("Mentiway:RateLimits:AnonymousPerMinute", "3"));
        var anonymous = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await anonymous.GetAsync($"/api/feedback-links/{Guid.NewGuid():N}")).StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Theory]
    [InlineData("https://mentoring.example", true)]
    [InlineData("https://elsewhere.example", false)]
    public async Task CrossOriginRequest_IsAllowedOnlyFromConfiguredOrigins(string origin, bool allowed)
    {
        using var configured = app.WithWebHostBuilder(host =>
            host.UseSetting("Mentiway:Cors:AllowedOrigins:0", "https://mentoring.example"));
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/programmes");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await configured.CreateClient().SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
