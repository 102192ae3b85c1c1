namespace Mentiway.BuildingBlocks.Access;

/// <summary>The role a participant holds in one programme.</summary>
public enum ProgrammeRole
{
    Mentor,
    Mentee,
    Coordinator,
}

/// <summary>One of the caller's enrolments: which participant they are, in which programme, with which role.</summary>
public sealed record Membership(Guid ParticipantId, Guid ProgrammeId, ProgrammeRole Role);

/// <summary>The caller as their token describes them; the e-mail only when the token says it is verified.</summary>
public sealed record CallerIdentity(string Subject, string? VerifiedEmail);

/// <summary>
/// Answers which enrolments belong to a caller. The Programmes module owns enrolments and implements it; linking a
/// person's first token to the enrolments that name their verified e-mail happens there too.
/// </summary>
public interface IMembershipDirectory
{
    Task<IReadOnlyList<Membership>> MembershipsOfAsync(CallerIdentity caller, CancellationToken cancellationToken);
}
