using System.Net.Http.Headers;
using Mentiway.Host.Identity;

namespace Mentiway.Host.Demo;

/// <summary>
/// Builds the demo programme of the design's origin story through the public API, as the demo admin, so that it
/// passes every check a user's request passes and the host needs to know nothing inside a module. Running it again
/// finds the programme and leaves it alone.
/// </summary>
internal sealed partial class DemoProgramme(TokenIssuer issuer, ILogger<DemoProgramme> logger)
{
    public const string Name = "Growing as a team lead";

    public async Task EnsureSeededAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var api = new HttpClient { BaseAddress = baseAddress };
        api.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", issuer.IssueFor(DemoPeople.Admin.Token));

        var existing = await FindExisting(api, cancellationToken);
        if (existing is not null)
        {
            LogAlreadySeeded(existing.Value);
            return;
        }

        var programmeId = await SeedAsync(api, cancellationToken);
        LogSeeded(programmeId);
    }

    private static async Task<Guid?> FindExisting(HttpClient api, CancellationToken cancellationToken)
    {
        var page = await api.GetFromJsonAsync<ProgrammePage>("/api/programmes?pageSize=200", cancellationToken);

        return page?.Items.FirstOrDefault(p => p.Name == Name)?.Id;
    }

    private static async Task<Guid> SeedAsync(HttpClient api, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var programmeId = await Create(api, "/api/programmes", new
        {
            name = Name,
            description = "Six months for new team leads: strengths, feedback and the efficiency of daily work.",
            goal = "Every mentee leaves with habits they practised between sessions, not only ideas.",
            cadenceDays = 21,
            startsOn = today.AddDays(-70),
            endsOn = today.AddDays(110),
        }, cancellationToken);

        var enrolled = new Dictionary<string, Guid>();
        foreach (var person in DemoPeople.All.Where(p => p.Role is not null))
        {
            enrolled[person.Key] = await Create(api, $"/api/programmes/{programmeId}/participants", new
            {
                displayName = person.Token.Name,
                email = person.Token.Email,
                role = person.Role.ToString()!.ToLowerInvariant(),
                timeZone = person.TimeZone,
            }, cancellationToken);
        }

        await Create(api, $"/api/programmes/{programmeId}/pairs", new
        {
            mentorId = enrolled[DemoPeople.Mentor.Key],
            menteeId = enrolled[DemoPeople.Mentee.Key],
            goal = "Lead a team of five with confidence: know my strengths, give feedback well, own my time.",
        }, cancellationToken);

        return programmeId;
    }

    private static async Task<Guid> Create(HttpClient api, string route, object body, CancellationToken ct)
    {
        using var response = await api.PostAsJsonAsync(route, body, ct);
        if (response.IsSuccessStatusCode == false)
        {
            var problem = await response.Content.ReadAsStringAsync(ct);
            throw new InvalidOperationException($"Seeding the demo failed at POST {route}: {problem}");
        }

        var created = await response.Content.ReadFromJsonAsync<Created>(ct);

        return created!.Id;
    }

    private sealed record Created(Guid Id);

    private sealed record ProgrammeSummary(Guid Id, string Name);

    private sealed record ProgrammePage(IReadOnlyList<ProgrammeSummary> Items);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo programme {ProgrammeId} exists; left as it is")]
    private partial void LogAlreadySeeded(Guid programmeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo programme {ProgrammeId} seeded")]
    private partial void LogSeeded(Guid programmeId);
}
