using System.Text.Json.Nodes;
using Mentiway.Testing;
using Snapshooter.Xunit;
using Xunit;

namespace Mentiway.Host.Tests.OpenApi;

public sealed class OpenApiDocumentTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    [Fact]
    public async Task Document_MatchesTheCommittedSnapshot()
    {
        var document = await app.ClientWithToken(null).GetStringAsync("/openapi/v1.json");

        // A change to the API shows up here as a diff to review, then to commit with the change.
        Snapshot.Match(JsonNode.Parse(document)!.ToJsonString(new() { WriteIndented = true }));
    }

    [Fact]
    public async Task Document_DeclaresBearerSecurityForTheApi()
    {
        var document = JsonNode.Parse(await app.ClientWithToken(null).GetStringAsync("/openapi/v1.json"))!;

        var scheme = document["components"]!["securitySchemes"]!["Bearer"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("bearer", scheme["scheme"]!.GetValue<string>());
        Assert.NotNull(document["security"]![0]!["Bearer"]);
    }
}
