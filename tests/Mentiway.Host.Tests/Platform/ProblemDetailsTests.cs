using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Host.Tests.Platform;

public sealed class ProblemDetailsTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task InvalidInput_AnswersValidationProblemWithFieldsAndTraceId()
    {
        var response = await _admin.PostJson("/api/programmes", new { name = "", cadenceDays = 100 });
        var problem = await response.ReadJson();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.NotNull(problem["traceId"]);
        Assert.Contains("name", await response.ReadErrorFields());
    }

    [Fact]
    public async Task WrongContentType_AnswersUnsupportedMediaTypeProblem()
    {
        var response = await _admin.PostAsync("/api/programmes", new StringContent("name=x"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MalformedRouteId_AnswersNotFoundProblem()
    {
        var response = await _admin.GetAsync("/api/programmes/not-a-guid");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MalformedQueryParameter_AnswersBadRequestWithoutInternals()
    {
        var response = await _admin.GetAsync("/api/programmes?page=first");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/csv")]
    [InlineData("application/xml")]
    public async Task Refusal_ForACallerAskingForAnotherFormat_IsStillAProblemWithItsStatus(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/programmes/{Guid.NewGuid()}");
        request.Headers.Accept.ParseAdd(accept);

        var response = await _admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.ReadJson())["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReadinessCheck_WithDatabaseUp_AnswersHealthy()
    {
        var response = await app.ClientWithToken(null).GetAsync("/health/ready");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
