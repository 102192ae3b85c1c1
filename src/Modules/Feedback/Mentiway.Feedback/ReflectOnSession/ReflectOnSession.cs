using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Feedback.Access;
using Mentiway.Feedback.Documents;
using Mentiway.Feedback.ReflectOnHomework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Feedback.ReflectOnSession;

public sealed record ReflectOnSession(Guid SessionId, ReflectionRequest Reflection) : ICommand<Unit>;

public sealed class ReflectOnSessionValidator : AbstractValidator<ReflectOnSession>
{
    public ReflectOnSessionValidator()
    {
        RuleFor(x => x.Reflection.SelfRating).SelfRating();
        RuleFor(x => x.Reflection.Text).ReflectionText();
    }
}

public sealed class ReflectOnSessionHandler(IDocumentSession session, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ReflectOnSession, Unit>
{
    public async ValueTask<Unit> Handle(ReflectOnSession command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownSession>(command.SessionId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Session, command.SessionId);

        var standing = (await actor.TowardSessionAsync(session, known, cancellationToken)).MustBe(
            FeedbackStandings.Session, known.Id, "Only the pair's mentee reflects on a session.", Relation.Mentee);

        RateSession.RateSessionHandler.OnlyAHeldSessionIsLookedBackOn(known);

        session.Store(new SessionReflection(
            known.Id,
            known.PairId,
            command.Reflection.SelfRating!.Value,
            command.Reflection.Text!.Trim(),
            clock.GetUtcNow(),
            actor.Subject,
            standing.ParticipantId));

        return Unit.Value;
    }
}

internal static class ReflectOnSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{sessionId:guid}/reflection", async (
                Guid sessionId,
                ReflectionRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                await sender.Send(new ReflectOnSession(sessionId, body), ct);

                return Results.NoContent();
            })
            .WithName(nameof(ReflectOnSession))
            .WithSummary("Add the mentee's self-reflection on a held session; a later one replaces it")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
