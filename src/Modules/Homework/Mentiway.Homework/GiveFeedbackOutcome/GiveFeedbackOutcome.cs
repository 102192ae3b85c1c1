using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Homework.GiveFeedbackOutcome;

// TEMPORARY: stands in for the Feedback module until it exists, and goes when its released feedback does
// (POST /api/homework/{id}/feedback and …/release). It only publishes the Feedback module's contract message, so
// that the Homework module's own FeedbackGiven handler is the one path by which feedback reaches an item.

public sealed record GiveFeedbackOutcomeRequest(string? Outcome, string? WentWell, string? ToImprove, string? NextStep);

public sealed record FeedbackOutcomeGiven(Guid FeedbackId, Guid HomeworkId);

public sealed record GiveFeedbackOutcome(Guid HomeworkId, GiveFeedbackOutcomeRequest Feedback)
    : ICommand<FeedbackOutcomeGiven>;

public sealed class GiveFeedbackOutcomeValidator : AbstractValidator<GiveFeedbackOutcome>
{
    public const int MaxTextLength = 4000;

    public GiveFeedbackOutcomeValidator()
    {
        RuleFor(x => x.Feedback.Outcome)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"must be given: one of {EnumText.Choices<FeedbackOutcome>()}")
            .Must(EnumText.IsValid<FeedbackOutcome>)
            .WithMessage($"must be one of {EnumText.Choices<FeedbackOutcome>()}")
            .OverridePropertyName("outcome");
        RuleFor(x => x.Feedback.WentWell).MultiLineText(MaxTextLength).OverridePropertyName("wentWell");
        RuleFor(x => x.Feedback.ToImprove).MultiLineText(MaxTextLength).OverridePropertyName("toImprove");
        RuleFor(x => x.Feedback.NextStep).MultiLineText(MaxTextLength).OverridePropertyName("nextStep");
    }
}

public sealed class GiveFeedbackOutcomeHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<GiveFeedbackOutcome, FeedbackOutcomeGiven>
{
    public async ValueTask<FeedbackOutcomeGiven> Handle(
        GiveFeedbackOutcome command,
        CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(command.HomeworkId, cancellationToken)
            ?? throw new NotFoundException("homework", command.HomeworkId);
        HomeworkLifecycle.EnsureAllowed(item, HomeworkAction.ReceiveFeedback);

        var given = new FeedbackGiven(
            FeedbackId: Guid.CreateVersion7(),
            HomeworkId: item.Id,
            Outcome: EnumText.ParseOrNull<FeedbackOutcome>(command.Feedback.Outcome)!.Value,
            WentWell: command.Feedback.WentWell?.Trim(),
            ToImprove: command.Feedback.ToImprove?.Trim(),
            NextStep: command.Feedback.NextStep?.Trim(),
            GivenAt: clock.GetUtcNow(),
            GivenBy: actor.Subject);
        await outbox.PublishAsync(given);

        return new FeedbackOutcomeGiven(given.FeedbackId, item.Id);
    }
}

internal static class GiveFeedbackOutcomeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/feedback-outcome", async (
                Guid homeworkId,
                GiveFeedbackOutcomeRequest body,
                ISender sender,
                CancellationToken ct) =>
                Results.Accepted($"/api/homework/{homeworkId}", await sender.Send(
                    new GiveFeedbackOutcome(homeworkId, body), ct)))
            .WithName(nameof(GiveFeedbackOutcome))
            .WithSummary("TEMPORARY: give a bare feedback outcome on submitted homework")
            .WithDescription(
                "Temporary, until the Feedback module releases feedback (POST /api/homework/{id}/feedback). " +
                "Publishes FeedbackGiven; the item completes (accepted) or returns to in progress (needsRework) " +
                "once that message is handled, shortly after this answer.")
            .Produces<FeedbackOutcomeGiven>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
