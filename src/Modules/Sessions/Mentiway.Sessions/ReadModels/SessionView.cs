using Mentiway.Sessions.Documents;
using NodaTime;

namespace Mentiway.Sessions.ReadModels;

/// <summary>A moment as one person reads it: local date-time with its offset, and the IANA zone it is in.</summary>
public sealed record LocalStart(DateTimeOffset Local, string TimeZone)
{
    public static LocalStart? For(DateTimeOffset instant, SessionParticipant? person)
    {
        var zone = person is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(person.TimeZone);

        return zone is null
            ? null
            : new LocalStart(Instant.FromDateTimeOffset(instant).InZone(zone).ToDateTimeOffset(), zone.Id);
    }
}

/// <summary>Local starts are null while the participant's details have not reached this module yet.</summary>
public sealed record SessionView(
    Guid Id,
    Guid PairId,
    string Status,
    string Topic,
    DateTimeOffset StartsAtUtc,
    LocalStart? MentorStart,
    LocalStart? MenteeStart,
    int DurationMinutes,
    string? Notes,
    string? CancelReason,
    bool HasOwnAgendaTemplate,
    long Version);

public sealed record SessionSummary(
    Guid Id,
    string Status,
    string Topic,
    DateTimeOffset StartsAtUtc,
    int DurationMinutes,
    long Version)
{
    public static SessionSummary From(Session session) => new(
        session.Id,
        session.StatusText,
        session.Topic,
        session.StartsAt.ToUniversalTime(),
        session.DurationMinutes,
        session.Version);
}
