using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.SubmitHomework;

public sealed class SubmitConcurrencyTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task Submit_ManyAtOnceWithoutIfMatch_ExactlyOneWinsTheOthersConflict()
    {
        var id = await InProgressItem();

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(_ => _scenario.ActWithoutWaiting(id, "submit")));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(
            responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var history = await (await _scenario.Api.GetAsync($"/api/homework/{id}/history")).ReadJson();
        Assert.Single(history["events"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "homework_submitted");
        Assert.Equal(3, await _scenario.VersionOf(id));
    }

    [Fact]
    public async Task Submit_WithStaleIfMatch_AnswersPreconditionFailedAndChangesNothing()
    {
        var id = await InProgressItem();

        var response = await _scenario.Act(id, "submit", ifMatch: 1);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("inProgress", await _scenario.StatusOf(id));
        Assert.Equal(2, await _scenario.VersionOf(id));
    }

    [Fact]
    public async Task Submit_WithCurrentIfMatch_SucceedsWithTheNextVersionAsETag()
    {
        var id = await InProgressItem();
        var etag = (await _scenario.Api.GetAsync($"/api/homework/{id}")).Headers.ETag!.ToString();

        var response = await _scenario.Act(id, "submit", ifMatch: 2);

        Assert.Equal("\"2\"", etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"3\"", response.Headers.ETag!.ToString());
        Assert.Equal(3, (await response.ReadJson())["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Start_WithMalformedIfMatch_AnswersBadRequest()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/homework/{id}/start");
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");

        var response = await _scenario.Api.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(
            await response.ReadErrorFields(),
            field => string.Equals(field, "If-Match", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("assigned", await _scenario.StatusOf(id));
    }

    [Fact]
    public async Task Start_UnknownHomeworkWithIfMatch_AnswersNotFound()
    {
        var response = await _scenario.Act(Guid.NewGuid(), "start", ifMatch: 1);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> InProgressItem()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();

        return id;
    }
}
