using Mentiway.Programmes.Documents;

namespace Mentiway.Programmes.ReadModels;

public sealed record PairView(
    Guid Id,
    Guid ProgrammeId,
    Guid MentorId,
    Guid MenteeId,
    string Goal,
    PairStatus Status,
    DateTimeOffset FormedAt,
    DateTimeOffset? ClosedAt,
    string? CloseReason)
{
    public static PairView From(Pair pair) => new(
        pair.Id,
        pair.ProgrammeId,
        pair.MentorId,
        pair.MenteeId,
        pair.Goal,
        pair.Status,
        pair.FormedAt,
        pair.ClosedAt,
        pair.CloseReason);
}
