using Mentiway.Host.Identity;

namespace Mentiway.Host.Demo;

/// <summary>
/// Builds the demo programme of the design's origin story through the public API, acting as its people, so that
/// it passes every check a user's request passes and the host needs to know nothing inside a module. Running it
/// again finds the programme and leaves it alone.
/// </summary>
internal sealed partial class DemoProgramme(TokenIssuer issuer, DemoClock clock, ILogger<DemoProgramme> logger)
{
    public const string Name = "Growing as a team lead";

    public async Task<DemoIds> EnsureSeededAsync(Uri baseAddress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = baseAddress };
        var api = new DemoApi(http, new TokenSource(issuer));

        var page = await api.Get(DemoPeople.Admin, "/api/programmes?pageSize=200", cancellationToken);
        var existing = page!["items"]!.AsArray().FirstOrDefault(p => p!["name"]!.GetValue<string>() == Name);
        if (existing is not null)
        {
            var programmeId = existing["id"]!.GetValue<Guid>();
            LogAlreadySeeded(programmeId);

            return await FindIds(api, programmeId, cancellationToken);
        }

        try
        {
            var ids = await new DemoHistory(api, clock).BuildAsync(cancellationToken);
            LogSeeded(ids.ProgrammeId);

            return ids;
        }
        finally
        {
            clock.ReturnToPresent();
        }
    }

    private static async Task<DemoIds> FindIds(DemoApi api, Guid programmeId, CancellationToken ct)
    {
        var pairs = await api.Get(DemoPeople.Admin, $"/api/programmes/{programmeId}/pairs", ct);
        var pair = pairs!["items"]![0]!;
        var pairId = pair["id"]!.GetValue<Guid>();
        var sessions = await api.Get(DemoPeople.Admin, $"/api/pairs/{pairId}/sessions?pageSize=200", ct);
        var sessionIds = sessions!["items"]!.AsArray().Select(s => s!["id"]!.GetValue<Guid>()).ToList();

        // Seeding goes through the API step by step and cannot be rolled back; a start that failed half-way
        // leaves a programme without its history, which would only mislead.
        if (sessionIds.Count < DemoHistory.SessionCount)
        {
            throw new InvalidOperationException(
                "The demo database holds an incomplete demo from an earlier start that failed. " +
                "Stop the demo, remove the .pgdata/demo folder (or drop its database) and start again.");
        }

        return new DemoIds(programmeId, pairId, sessionIds, pair["menteeId"]!.GetValue<Guid>());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo programme {ProgrammeId} exists; left as it is")]
    private partial void LogAlreadySeeded(Guid programmeId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo programme {ProgrammeId} seeded")]
    private partial void LogSeeded(Guid programmeId);
}

/// <summary>What a person trying the demo needs to address it.</summary>
internal sealed record DemoIds(Guid ProgrammeId, Guid PairId, IReadOnlyList<Guid> SessionIds, Guid MenteeId);
