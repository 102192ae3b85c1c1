namespace Mentiway.Testing;

/// <summary>
/// Homework made through the Homework module's own API, for tests whose messages the Homework module appends to an
/// item's stream (co-worker answers, reflections): it retries a message about an item it does not have, so a
/// homework item only announced by simulated messages would leave it retrying.
/// </summary>
public static class HomeworkThroughApi
{
    /// <summary>A mentee's item set at a held session, started and submitted, once every module has heard.</summary>
    public static async Task<Guid> SubmittedHomeworkItem(this MentiwayApp app, HttpClient admin, PairSetting pair)
    {
        var sessionId = await app.HeldSession(pair);
        var created = await app.Settled(() => admin.PostJson(
            $"/api/sessions/{sessionId}/homework",
            new { assignee = "mentee", title = "Ask co-workers", instructions = "Ask two colleagues." }));
        var id = await created.ReadCreatedId();

        (await app.Settled(() => admin.PostJson($"/api/homework/{id}/start", new { }))).EnsureSuccessStatusCode();
        (await app.Settled(() => admin.PostJson(
            $"/api/homework/{id}/submit",
            new { results = "Two answers.", reflection = "Asking was easier than I feared." })))
            .EnsureSuccessStatusCode();

        return id;
    }
}
