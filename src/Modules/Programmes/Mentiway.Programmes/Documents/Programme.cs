namespace Mentiway.Programmes.Documents;

public sealed record Programme(
    Guid Id,
    string Name,
    string? Description,
    string? Goal,
    int CadenceDays,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateTimeOffset LaunchedAt,
    string LaunchedBy);
