using Marten;
using Mentiway.Homework.Items;
using Mentiway.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Mentiway.Homework.Tests.PersonalData;

public sealed class ErasureTests(MentiwayApp app) : IClassFixture<MentiwayApp>
{
    private readonly HomeworkScenario _scenario = new(app);

    [Fact]
    public async Task Masking_AnItemsStream_ErasesTheWrittenTextButKeepsWhoDidWhatAndWhen()
    {
        var (_, first, _) = await _scenario.PairWithTwoSessions();
        var id = await _scenario.Assign(first);
        (await _scenario.Act(id, "start")).EnsureSuccessStatusCode();
        (await _scenario.Act(id, "submit")).EnsureSuccessStatusCode();
        var store = app.Services.GetRequiredService<IDocumentStore>();

        await store.Advanced.ApplyEventDataMasking(masking => masking.IncludeStream(id));
        await store.Advanced.RebuildSingleStreamAsync<HomeworkItem>(id);

        var item = await _scenario.Get(id);
        Assert.Equal(HomeworkPersonalData.Erased, item["reflection"]!.GetValue<string>());
        Assert.Equal(HomeworkPersonalData.Erased, item["title"]!.GetValue<string>());
        Assert.Equal("submitted", item["status"]!.GetValue<string>());
        var history = await (await _scenario.Api.GetAsync($"/api/homework/{id}/history")).ReadJson();
        var submitted = history["events"]!.AsArray().Last()!;
        Assert.Equal("homework_submitted", submitted["type"]!.GetValue<string>());
        Assert.Equal(HomeworkPersonalData.Erased, submitted["data"]!["results"]!.GetValue<string>());
        Assert.Equal(TestPeople.Admin.Subject, submitted["actor"]!.GetValue<string>());
    }
}
