using Mentiway.Programmes.Documents;

namespace Mentiway.Programmes.ReadModels;

public sealed record ProgrammeView(
    Guid Id,
    string Name,
    string? Description,
    string? Goal,
    int CadenceDays,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateTimeOffset LaunchedAt)
{
    public static ProgrammeView From(Programme programme) => new(
        programme.Id,
        programme.Name,
        programme.Description,
        programme.Goal,
        programme.CadenceDays,
        programme.StartsOn,
        programme.EndsOn,
        programme.LaunchedAt);
}
