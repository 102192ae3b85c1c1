using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Homework.Tests.Access;

/// <summary>
/// Reading an item, its history and its conversation, and a session's homework: the pair's mentor, the programme's
/// coordinator and an admin; the mentee only what is theirs to do; anyone else is told it does not exist.
/// </summary>
public sealed class ReadHomeworkAccessTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private static readonly string[] ItemRoutes = ["", "/history", "/comments", "?asOf=2030-01-01T00:00:00Z"];

    private readonly AccessScenario _scenario = new(app);

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("coordinator", HttpStatusCode.OK)]
    [InlineData("mentor", HttpStatusCode.OK)]
    [InlineData("mentee", HttpStatusCode.OK)]
    [InlineData("otherMentor", HttpStatusCode.NotFound)]
    [InlineData("otherMentee", HttpStatusCode.NotFound)]
    [InlineData("stranger", HttpStatusCode.NotFound)]
    public async Task ReadTheMenteesHomework_ByEachCaller_AnswersAsTheRulesSay(string who, HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);

        var answers = await ReadEveryWay(who, homework);

        Assert.All(answers, status => Assert.Equal(expected, status));
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("coordinator", HttpStatusCode.OK)]
    [InlineData("mentor", HttpStatusCode.OK)]
    [InlineData("mentee", HttpStatusCode.NotFound)]
    [InlineData("otherMentor", HttpStatusCode.NotFound)]
    public async Task ReadTheMentorsPreparation_ByEachCaller_HidesItFromTheMentee(string who, HttpStatusCode expected)
    {
        var setting = await _scenario.Programme();
        var preparation = await _scenario.Assign(setting.Session, "mentor");

        var answers = await ReadEveryWay(who, preparation);

        Assert.All(answers, status => Assert.Equal(expected, status));
    }

    [Fact]
    public async Task ReadAsAStranger_AnswersExactlyLikeAnItemThatDoesNotExist()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        var stranger = _scenario.Client("otherMentor");

        var existing = await stranger.GetAsync($"/api/homework/{homework}");
        var missing = await stranger.GetAsync($"/api/homework/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, existing.StatusCode);
        Assert.Equal(missing.StatusCode, existing.StatusCode);
        Assert.Equal(
            (await missing.ReadJson())["title"]!.GetValue<string>(),
            (await existing.ReadJson())["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("coordinator")]
    [InlineData("mentor")]
    public async Task ListSessionHomework_ByTheMentorCoordinatorOrAdmin_ListsEveryItem(string who)
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        var preparation = await _scenario.Assign(setting.Session, "mentor");

        var listed = await ListSession(who, setting.Session);

        Assert.Equal(new[] { homework, preparation }.Order(), listed.Order());
    }

    [Fact]
    public async Task ListSessionHomework_ByTheMentee_ListsOnlyTheirOwnItems()
    {
        var setting = await _scenario.Programme();
        var homework = await _scenario.Assign(setting.Session);
        _ = await _scenario.Assign(setting.Session, "mentor");

        var listed = await ListSession("mentee", setting.Session);

        Assert.Equal([homework], listed);
    }

    [Theory]
    [InlineData("otherMentor")]
    [InlineData("otherMentee")]
    [InlineData("stranger")]
    public async Task ListSessionHomework_BySomeoneOutsideThePair_AnswersNotFound(string who)
    {
        var setting = await _scenario.Programme();
        _ = await _scenario.Assign(setting.Session);

        var response = await _scenario.Client(who).GetAsync($"/api/sessions/{setting.Session}/homework");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListSessionHomework_ByTheMenteeWithPagingParameters_StillListsOnlyTheirOwnItems()
    {
        var setting = await _scenario.Programme();
        _ = await _scenario.Assign(setting.Session, "mentor");
        var homework = await _scenario.Assign(setting.Session);

        var page = await (await _scenario.Client("mentee")
                .GetAsync($"/api/sessions/{setting.Session}/homework?page=1&pageSize=100"))
            .EnsureSuccessStatusCode()
            .ReadJson();

        Assert.Equal([homework], page["items"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()));
        Assert.Equal(1, page["totalItems"]!.GetValue<long>());
    }

    private async Task<List<HttpStatusCode>> ReadEveryWay(string who, Guid homeworkId)
    {
        var client = _scenario.Client(who);
        var answers = new List<HttpStatusCode>();
        foreach (var route in ItemRoutes)
        {
            answers.Add((await client.GetAsync($"/api/homework/{homeworkId}{route}")).StatusCode);
        }

        return answers;
    }

    private async Task<List<Guid>> ListSession(string who, Guid sessionId)
    {
        var page = await (await _scenario.Client(who).GetAsync($"/api/sessions/{sessionId}/homework"))
            .EnsureSuccessStatusCode()
            .ReadJson();

        return page["items"]!.AsArray().Select(x => x!["id"]!.GetValue<Guid>()).ToList();
    }
}
