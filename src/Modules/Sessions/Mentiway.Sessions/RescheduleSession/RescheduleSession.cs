using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.Sessions.Events;
using Mentiway.Sessions.ReadModels;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Sessions.RescheduleSession;

/// <summary>Without a duration the session keeps its current one.</summary>
public sealed record RescheduleSessionRequest(string? Start, int? DurationMinutes = null);

public sealed record RescheduleSession(Guid SessionId, RescheduleSessionRequest Changes, long? ExpectedVersion)
    : ICommand<long>;

public sealed class RescheduleSessionValidator : AbstractValidator<RescheduleSession>
{
    public RescheduleSessionValidator(TimeProvider clock)
    {
        RuleFor(x => x.Changes.Start).FutureInstant(clock).OverridePropertyName("start");
        RuleFor(x => x.Changes.DurationMinutes).SessionDuration().OverridePropertyName("durationMinutes");
    }
}

public sealed class RescheduleSessionHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<RescheduleSession, long>
{
    public async ValueTask<long> Handle(RescheduleSession command, CancellationToken cancellationToken)
    {
        var (stream, known) = await session.FetchSessionForMentorsChange(
            actor,
            command.SessionId,
            command.ExpectedVersion,
            "Only the pair's mentor reschedules sessions.",
            cancellationToken);
        var current = stream.Aggregate!;
        if (current.Status != SessionStatus.Scheduled)
        {
            throw SessionRules.NotAllowed(current, "rescheduled");
        }

        var pair = (known ?? throw new NotFoundException("pair", current.PairId)).MustTakeSessions();
        var startsAt = SessionRules.ParseInstant(command.Changes.Start)!.Value;
        var duration = command.Changes.DurationMinutes ?? current.DurationMinutes;
        await session.SessionMustNotOverlapAnother(pair, current.Id, startsAt, duration, cancellationToken);

        var rescheduled = new SessionRescheduled(current.Id, startsAt, duration, clock.GetUtcNow(), actor.Subject);
        stream.AppendOne(rescheduled);

        await outbox.PublishAsync(new Contracts.SessionRescheduled(
            current.Id,
            current.PairId,
            rescheduled.StartsAt,
            rescheduled.DurationMinutes,
            rescheduled.RescheduledAt,
            rescheduled.RescheduledBy));

        return current.Version + 1;
    }
}

internal static class RescheduleSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{sessionId:guid}/reschedule", async (
                Guid sessionId,
                RescheduleSessionRequest body,
                HttpRequest request,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var version = await sender.Send(
                    new RescheduleSession(sessionId, body, request.ExpectedVersion()), ct);
                response.WriteETag(version);

                return Results.NoContent();
            })
            .WithName(nameof(RescheduleSession))
            .WithSummary("Move a scheduled session to a new start, optionally with a new duration")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
