using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Feedback.Access;
using Mentiway.Feedback.Contracts;
using Mentiway.Feedback.Documents;
using Mentiway.Feedback.GiveFeedback;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Feedback.ReleaseFeedback;

public sealed record ReleaseFeedback(Guid HomeworkId, Guid FeedbackId) : ICommand<Unit>;

public sealed class ReleaseFeedbackHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ReleaseFeedback, Unit>
{
    public async ValueTask<Unit> Handle(ReleaseFeedback command, CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(command.HomeworkId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Homework, command.HomeworkId);

        await GiveFeedbackHandler.MustBeThePairsMentor(session, actor, item, cancellationToken);

        // A draft of someone else is reported as missing, exactly like one that does not exist; an admin may
        // release anyone's.
        var feedback = await session.LoadAsync<MentorFeedback>(command.FeedbackId, cancellationToken);
        if (feedback is null
            || feedback.HomeworkId != command.HomeworkId
            || (feedback.IsVisibleTo(actor.Subject) == false && actor.IsAdmin == false))
        {
            throw new NotFoundException("feedback", command.FeedbackId);
        }

        if (feedback.IsReleased)
        {
            throw new ConflictException("This feedback is released already.", "released");
        }

        GiveFeedbackHandler.FeedbackIsGivenOnlyOnSubmittedHomework(item);

        var released = feedback with { ReleasedAt = clock.GetUtcNow() };
        session.Update(released);

        await outbox.PublishAsync(new FeedbackGiven(
            released.Id,
            released.HomeworkId,
            released.Outcome,
            released.WentWell,
            released.ToImprove,
            released.NextStep,
            released.ReleasedAt!.Value,
            released.Author,
            released.Fuko is { } fuko
                ? new FeedbackFuko(fuko.Facts, fuko.Feelings, fuko.Consequences, fuko.Expectations)
                : null,
            released.AuthorParticipantId));

        return Unit.Value;
    }
}

internal static class ReleaseFeedbackEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/feedback/{feedbackId:guid}/release", async (
                Guid homeworkId,
                Guid feedbackId,
                ISender sender,
                CancellationToken ct) =>
            {
                await sender.Send(new ReleaseFeedback(homeworkId, feedbackId), ct);

                return Results.NoContent();
            })
            .WithName(nameof(ReleaseFeedback))
            .WithSummary("Release a draft of feedback to the mentee; the homework item moves on by its outcome")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
