using FluentValidation;
using Marten;
using Mentiway.BuildingBlocks.Access;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Programmes.Contracts;
using Mentiway.Programmes.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Programmes.ClosePair;

public sealed record ClosePairRequest(string? Reason);

public sealed record ClosePair(Guid PairId, ClosePairRequest Closing) : ICommand<Guid>;

public sealed class ClosePairValidator : AbstractValidator<ClosePair>
{
    public ClosePairValidator() =>
        RuleFor(x => x.Closing.Reason).SingleLineText(1000).OverridePropertyName("reason");
}

public sealed class ClosePairHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ClosePair, Guid>
{
    public async ValueTask<Guid> Handle(ClosePair command, CancellationToken cancellationToken)
    {
        var pair = await session.LoadAsync<Pair>(command.PairId, cancellationToken)
            ?? throw new NotFoundException("pair", command.PairId);

        var parties = new PairParties(pair.ProgrammeId, pair.MentorId, pair.MenteeId);
        (await actor.InPairAsync(parties, cancellationToken)).MustBe(
            "pair", pair.Id, "Only the programme's coordinators close pairs.", Relation.Coordinator);

        if (pair.Status == PairStatus.Closed)
        {
            throw new ConflictException("The pair is already closed.", "closed");
        }

        var closed = pair.Close(command.Closing.Reason!.Trim(), clock.GetUtcNow());
        session.Update(closed);

        await outbox.PublishAsync(new PairClosed(
            closed.Id,
            closed.ProgrammeId,
            closed.CloseReason!,
            closed.ClosedAt!.Value,
            actor.Subject));

        return closed.Id;
    }
}

internal static class ClosePairEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/pairs/{pairId:guid}/close", async (
                Guid pairId,
                ClosePairRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                await sender.Send(new ClosePair(pairId, body), ct);

                return Results.NoContent();
            })
            .WithName(nameof(ClosePair))
            .WithSummary("Close a pair: its scheduled sessions and open homework are cancelled with the reason")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
