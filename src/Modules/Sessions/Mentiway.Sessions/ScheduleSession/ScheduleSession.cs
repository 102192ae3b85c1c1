using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Sessions.Access;
using Mentiway.Sessions.Events;
using Mentiway.Sessions.ReadModels;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Sessions.ScheduleSession;

/// <summary>Start is an instant with its offset, e.g. "2026-03-10T17:00:00+01:00".</summary>
public sealed record ScheduleSessionRequest(string? Topic, string? Start, int? DurationMinutes);

public sealed record ScheduleSession(Guid PairId, ScheduleSessionRequest Session) : ICommand<CreatedResource>;

public sealed class ScheduleSessionValidator : AbstractValidator<ScheduleSession>
{
    public ScheduleSessionValidator(TimeProvider clock)
    {
        RuleFor(x => x.Session.Topic).SingleLineText(200).OverridePropertyName("topic");
        RuleFor(x => x.Session.Start).FutureInstant(clock).OverridePropertyName("start");
        RuleFor(x => x.Session.DurationMinutes)
            .NotNull().WithMessage("must be given")
            .SessionDuration()
            .OverridePropertyName("durationMinutes");
    }
}

public sealed class ScheduleSessionHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ScheduleSession, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(ScheduleSession command, CancellationToken cancellationToken)
    {
        var pair = await session.LoadPair(command.PairId, cancellationToken);

        (await actor.InPairAsync(pair, cancellationToken)).MustBe(
            "pair", pair.Id, "Only the pair's mentor schedules sessions.", Relation.Mentor);

        pair.MustTakeSessions();
        var startsAt = SessionRules.ParseInstant(command.Session.Start)!.Value;
        var duration = command.Session.DurationMinutes!.Value;
        await session.SessionMustNotOverlapAnother(pair, null, startsAt, duration, cancellationToken);

        var scheduled = new SessionScheduled(
            SessionId: Guid.CreateVersion7(),
            PairId: pair.Id,
            ProgrammeId: pair.ProgrammeId,
            Topic: command.Session.Topic!.Trim(),
            StartsAt: startsAt,
            DurationMinutes: duration,
            ScheduledAt: clock.GetUtcNow(),
            ScheduledBy: actor.Subject);
        session.Events.StartStream<Session>(scheduled.SessionId, scheduled);

        await outbox.PublishAsync(new Contracts.SessionScheduled(
            scheduled.SessionId,
            scheduled.PairId,
            scheduled.ProgrammeId,
            scheduled.Topic,
            scheduled.StartsAt,
            scheduled.DurationMinutes,
            scheduled.ScheduledAt,
            scheduled.ScheduledBy));

        return new CreatedResource(scheduled.SessionId, Version: 1);
    }
}

internal static class ScheduleSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/pairs/{pairId:guid}/sessions", async (
                Guid pairId,
                ScheduleSessionRequest body,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var created = await sender.Send(new ScheduleSession(pairId, body), ct);
                response.WriteETag(created.Version!.Value);

                return Results.Created($"/api/sessions/{created.Id}", created);
            })
            .WithName(nameof(ScheduleSession))
            .WithSummary("Schedule a session for a pair")
            .Produces<CreatedResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
