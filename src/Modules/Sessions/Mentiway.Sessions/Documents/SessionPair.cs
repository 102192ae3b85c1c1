namespace Mentiway.Sessions.Documents;

public enum SessionPairStatus
{
    Active,
    Closed,
}

/// <summary>A mentoring pair as the Sessions module knows it from the Programmes module's messages.</summary>
public sealed record SessionPair(
    Guid Id,
    Guid ProgrammeId,
    Guid MentorId,
    Guid MenteeId,
    SessionPairStatus Status);
