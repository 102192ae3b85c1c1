using FluentValidation;
using Marten;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.ReadModels;
using NodaTime.Text;

namespace Mentiway.Sessions.Scheduling;

/// <summary>The rules that scheduling and rescheduling share.</summary>
public static class SessionRules
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 240;

    /// <summary>
    /// An instant with its offset ("2026-03-10T17:00:00+01:00" or "…Z"). A local time without an offset is refused:
    /// the server would otherwise read it in its own zone, which is nobody's.
    /// </summary>
    public static DateTimeOffset? ParseInstant(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text.Trim());

        return parsed.Success ? parsed.Value.ToInstant().ToDateTimeUtc() : null;
    }

    public static IRuleBuilderOptions<T, string?> FutureInstant<T>(
        this IRuleBuilderInitial<T, string?> rule,
        TimeProvider clock) =>
        rule
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must be given")
            .Must(text => ParseInstant(text) is not null)
            .WithMessage("must be an instant with its offset, such as 2026-03-10T17:00:00+01:00")
            .Must(text => MentiwayRules.IsPlausible(ParseInstant(text)))
            .WithMessage(MentiwayRules.PlausibleRangeMessage)
            .Must(text => ParseInstant(text) > clock.GetUtcNow())
            .WithMessage("must be in the future");

    public static IRuleBuilderOptions<T, int?> SessionDuration<T>(this IRuleBuilder<T, int?> rule) =>
        rule
            .InclusiveBetween(MinDurationMinutes, MaxDurationMinutes)
            .WithMessage($"must be between {MinDurationMinutes} and {MaxDurationMinutes} minutes");

    public static async Task<SessionPair> LoadPair(
        this IQuerySession session,
        Guid pairId,
        CancellationToken cancellationToken) =>
        await session.LoadAsync<SessionPair>(pairId, cancellationToken)
            ?? throw new NotFoundException("pair", pairId);

    /// <summary>
    /// A closed pair takes no more sessions. Checked after the caller's standing, so that strangers get 404.
    /// </summary>
    public static SessionPair MustTakeSessions(this SessionPair pair) =>
        pair.Status == SessionPairStatus.Closed
            ? throw new ConflictException("The pair is closed: it takes no more sessions.", "closed")
            : pair;

    /// <summary>
    /// A pair meets once at a time: a session may not overlap another of the pair's sessions that still counts.
    /// Two simultaneous requests could both pass the check, since each session's stream guards only itself; so the
    /// check also claims the pair's calendar by writing the pair's document back under optimistic concurrency. Of
    /// two racing requests one commits, the other fails its version check and answers 409.
    /// </summary>
    public static async Task SessionMustNotOverlapAnother(
        this IDocumentSession session,
        SessionPair pair,
        Guid? self,
        DateTimeOffset startsAt,
        int durationMinutes,
        CancellationToken cancellationToken)
    {
        var endsAt = startsAt.AddMinutes(durationMinutes);
        var selfId = self ?? Guid.Empty;

        var overlapping = await session.Query<Session>()
            .Where(x => x.PairId == pair.Id
                && x.Id != selfId
                && x.Status != SessionStatus.Cancelled
                && x.StartsAt < endsAt
                && x.EndsAt > startsAt)
            .OrderBy(x => x.StartsAt)
            .FirstOrDefaultAsync(cancellationToken);

        if (overlapping is not null)
        {
            throw new ConflictException(
                $"The pair already has a session from {overlapping.StartsAt:u} to {overlapping.EndsAt:u}.",
                "overlapping");
        }

        session.Update(pair);
    }

    public static async Task<SessionParticipant?> LoadParticipant(
        this IQuerySession session,
        Guid? participantId,
        CancellationToken cancellationToken) =>
        participantId is { } id ? await session.LoadAsync<SessionParticipant>(id, cancellationToken) : null;

    public static ConflictException NotAllowed(Session current, string change) =>
        new($"A {current.StatusText} session cannot be {change}.", current.StatusText);
}
