using Mentiway.Programmes.Contracts;
using Mentiway.Programmes.Documents;

namespace Mentiway.Programmes.ReadModels;

public sealed record ParticipantView(
    Guid Id,
    Guid ProgrammeId,
    ParticipantRole Role,
    string DisplayName,
    string Email,
    string TimeZone,
    DateTimeOffset EnrolledAt)
{
    public static ParticipantView From(Participant participant) => new(
        participant.Id,
        participant.ProgrammeId,
        participant.Role,
        participant.DisplayName,
        participant.Email,
        participant.TimeZone,
        participant.EnrolledAt);
}
