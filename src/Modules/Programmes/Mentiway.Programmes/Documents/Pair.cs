namespace Mentiway.Programmes.Documents;

public enum PairStatus
{
    Active,
    Closed,
}

/// <summary>A mentor and a mentee of one programme, with the goal of their mentoring.</summary>
public sealed record Pair(
    Guid Id,
    Guid ProgrammeId,
    Guid MentorId,
    Guid MenteeId,
    string Goal,
    PairStatus Status,
    DateTimeOffset FormedAt,
    string FormedBy,
    DateTimeOffset? ClosedAt = null,
    string? CloseReason = null)
{
    /// <summary>
    /// Set only while the pair is active and unique in the database, so that two racing requests can never give a
    /// mentee two active pairs in one programme (closed pairs have none, and NULLs never collide).
    /// </summary>
    public string? ActiveMenteeKey => Status == PairStatus.Active ? $"{ProgrammeId:N}:{MenteeId:N}" : null;

    public Pair Close(string reason, DateTimeOffset at) =>
        this with { Status = PairStatus.Closed, ClosedAt = at, CloseReason = reason };
}
