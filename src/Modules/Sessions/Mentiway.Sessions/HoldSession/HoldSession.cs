using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Sessions.Events;
using Mentiway.Sessions.ReadModels;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Sessions.HoldSession;

public sealed record HoldSessionRequest(string? Notes = null);

public sealed record HoldSession(Guid SessionId, HoldSessionRequest Holding, long? ExpectedVersion) : ICommand<long>;

public sealed class HoldSessionValidator : AbstractValidator<HoldSession>
{
    public HoldSessionValidator() =>
        RuleFor(x => x.Holding.Notes).MultiLineText(4000).OverridePropertyName("notes");
}

public sealed class HoldSessionHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<HoldSession, long>
{
    public async ValueTask<long> Handle(HoldSession command, CancellationToken cancellationToken)
    {
        var (stream, _) = await session.FetchSessionForMentorsChange(
            actor,
            command.SessionId,
            command.ExpectedVersion,
            "Only the pair's mentor marks sessions as held.",
            cancellationToken);
        var current = stream.Aggregate!;
        if (current.Status != SessionStatus.Scheduled)
        {
            throw SessionRules.NotAllowed(current, "marked as held");
        }

        var notes = string.IsNullOrWhiteSpace(command.Holding.Notes) ? null : command.Holding.Notes.Trim();
        var held = new SessionHeld(current.Id, notes, clock.GetUtcNow(), actor.Subject);
        stream.AppendOne(held);

        await outbox.PublishAsync(new Contracts.SessionHeld(current.Id, current.PairId, held.HeldAt, held.HeldBy));

        return current.Version + 1;
    }
}

internal static class HoldSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{sessionId:guid}/hold", async (
                Guid sessionId,
                HoldSessionRequest body,
                HttpRequest request,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var version = await sender.Send(new HoldSession(sessionId, body, request.ExpectedVersion()), ct);
                response.WriteETag(version);

                return Results.NoContent();
            })
            .WithName(nameof(HoldSession))
            .WithSummary("Mark a scheduled session as held, with optional notes")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
