using System.Net;
using Mentiway.Testing;
using Xunit;

namespace Mentiway.Programmes.Tests.LaunchProgramme;

public sealed class LaunchProgrammeTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HttpClient _admin = app.ClientFor(TestPeople.Admin);

    [Fact]
    public async Task Launch_WithValidProgramme_CanBeReadBackAndListed()
    {
        var id = await _admin.LaunchProgramme("Leading with feedback");

        var programme = await (await _admin.GetAsync($"/api/programmes/{id}")).ReadJson();
        var list = await (await _admin.GetAsync("/api/programmes?pageSize=200")).ReadJson();

        Assert.Equal("Leading with feedback", programme["name"]!.GetValue<string>());
        Assert.Equal(21, programme["cadenceDays"]!.GetValue<int>());
        Assert.Equal("2026-01-05", programme["startsOn"]!.GetValue<string>());
        Assert.Contains(list["items"]!.AsArray(), item => item!["id"]!.GetValue<Guid>() == id);
    }

    public static TheoryData<string, object> InvalidProgrammes => new()
    {
        { "name", Programme(name: "") },
        { "name", Programme(name: "   ") },
        { "name", Programme(name: new string('x', 201)) },
        { "name", Programme(name: "line\nbreak") },
        { "cadenceDays", Programme(cadenceDays: 6) },
        { "cadenceDays", Programme(cadenceDays: 43) },
        { "cadenceDays", Programme(cadenceDays: null) },
        { "endsOn", Programme(endsOn: new DateOnly(2026, 1, 4)) },
        { "endsOn", Programme(endsOn: new DateOnly(2026, 1, 5)) },
        { "startsOn", new { name = "No start", cadenceDays = 14, endsOn = new DateOnly(2026, 6, 30) } },
        { "description", Programme(description: new string('d', 4001)) },
        { "goal", Programme(goal: "bell\u0007") },
        { "name", Programme(name: "\u200b\u200b") },
        { "name", Programme(name: "Team\u202Edael") },
        { "startsOn", Programme(startsOn: new DateOnly(1, 1, 1)) },
        { "endsOn", Programme(endsOn: new DateOnly(9999, 12, 31)) },
        { "endsOn", Programme(cadenceDays: 42, endsOn: new DateOnly(2026, 1, 6)) },
        { "endsOn", Programme(startsOn: new DateOnly(9999, 12, 1), endsOn: new DateOnly(9999, 12, 31)) },
    };

    [Theory]
    [MemberData(nameof(InvalidProgrammes))]
    public async Task Launch_WithInvalidField_AnswersBadRequestNamingTheFieldAndStoresNothing(string field, object body)
    {
        var before = await CountProgrammes();

        var response = await _admin.PostJson("/api/programmes", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        Assert.Equal(before, await CountProgrammes());
    }

    [Theory]
    [InlineData("{\"name\": \"x\", \"cadenceDays\": \"often\"}", "cadenceDays")]
    [InlineData("{\"name\": \"x\", \"startsOn\": \"next monday\"}", "startsOn")]
    [InlineData("{\"name\": \"x\",", "body")]
    [InlineData("[]", "body")]
    [InlineData("{\"name\": \"x\", \"cadenceDays\": \"14\"}", "cadenceDays")]
    [InlineData("{\"name\": \"x\", \"name\": \"y\"}", "name")]
    public async Task Launch_WithUnreadableJson_AnswersBadRequestWithoutInternals(string json, string field)
    {
        var response = await _admin.PostRaw("/api/programmes", json);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ReadErrorFields());
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Launch_WithEmptyBody_NamesEveryMissingField()
    {
        var response = await _admin.PostRaw("/api/programmes", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["cadenceDays", "endsOn", "name", "startsOn"],
            (await response.ReadErrorFields()).Order());
    }

    [Fact]
    public async Task Launch_WithEmojiAndRightToLeftName_KeepsItUnchanged()
    {
        const string name = "Mentoring 🌱 برنامج التوجيه e\u0301";

        var id = await _admin.LaunchProgramme(name);

        var programme = await (await _admin.GetAsync($"/api/programmes/{id}")).ReadJson();
        Assert.Equal(name, programme["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_UnknownProgramme_AnswersNotFound()
    {
        var response = await _admin.GetAsync($"/api/programmes/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=42949674", "page")]
    [InlineData("page=2147483647", "page")]
    public async Task List_WithPageOutOfRange_AnswersBadRequestNamingTheParameter(string paging, string field)
    {
        var response = await _admin.GetAsync($"/api/programmes?{paging}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ReadErrorFields());
    }

    [Fact]
    public async Task List_PastTheLastPage_IsEmptyButKeepsTheTotal()
    {
        await _admin.LaunchProgramme();

        var response = await _admin.GetAsync("/api/programmes?page=1000&pageSize=1");
        var page = await response.ReadJson();
        Assert.True(response.IsSuccessStatusCode, page.ToJsonString());

        Assert.Empty(page["items"]!.AsArray());
        Assert.True(page["totalItems"]!.GetValue<long>() >= 1);
    }

    private async Task<long> CountProgrammes()
    {
        var list = await (await _admin.GetAsync("/api/programmes?pageSize=1")).ReadJson();

        return list["totalItems"]!.GetValue<long>();
    }

    private static object Programme(
        string? name = "A programme",
        int? cadenceDays = 14,
        DateOnly? startsOn = null,
        DateOnly? endsOn = null,
        string? description = null,
        string? goal = null) => new
    {
        name,
        cadenceDays,
        startsOn = startsOn ?? new DateOnly(2026, 1, 5),
        endsOn = endsOn ?? new DateOnly(2026, 6, 30),
        description,
        goal,
    };
}
