namespace Mentiway.Sessions.Documents;

/// <summary>
/// A participant's name and IANA time zone, copied from the Programmes module's messages. ChangedAt orders them,
/// so that a late or repeated delivery never brings back an older name or zone.
/// </summary>
public sealed record SessionParticipant(Guid Id, string DisplayName, string TimeZone, DateTimeOffset ChangedAt);
