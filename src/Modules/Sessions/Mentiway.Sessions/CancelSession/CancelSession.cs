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

namespace Mentiway.Sessions.CancelSession;

public sealed record CancelSessionRequest(string? Reason);

public sealed record CancelSession(Guid SessionId, CancelSessionRequest Cancelling, long? ExpectedVersion)
    : ICommand<long>;

public sealed class CancelSessionValidator : AbstractValidator<CancelSession>
{
    public CancelSessionValidator() =>
        RuleFor(x => x.Cancelling.Reason).SingleLineText(1000).OverridePropertyName("reason");
}

public sealed class CancelSessionHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<CancelSession, long>
{
    public async ValueTask<long> Handle(CancelSession command, CancellationToken cancellationToken)
    {
        var (stream, _) = await session.FetchSessionForMentorsChange(
            actor,
            command.SessionId,
            command.ExpectedVersion,
            "Only the pair's mentor cancels sessions.",
            cancellationToken);
        var current = stream.Aggregate!;
        if (current.Status != SessionStatus.Scheduled)
        {
            throw SessionRules.NotAllowed(current, "cancelled");
        }

        var cancelled = new SessionCancelled(
            current.Id, command.Cancelling.Reason!.Trim(), clock.GetUtcNow(), actor.Subject);
        stream.AppendOne(cancelled);

        await outbox.PublishAsync(new Contracts.SessionCancelled(
            current.Id, current.PairId, cancelled.Reason, cancelled.CancelledAt, cancelled.CancelledBy));

        return current.Version + 1;
    }
}

internal static class CancelSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{sessionId:guid}/cancel", async (
                Guid sessionId,
                CancelSessionRequest body,
                HttpRequest request,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var version = await sender.Send(new CancelSession(sessionId, body, request.ExpectedVersion()), ct);
                response.WriteETag(version);

                return Results.NoContent();
            })
            .WithName(nameof(CancelSession))
            .WithSummary("Cancel a scheduled session, giving the reason")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
