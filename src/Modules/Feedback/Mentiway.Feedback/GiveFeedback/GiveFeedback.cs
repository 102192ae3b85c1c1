using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Feedback.Access;
using Mentiway.Feedback.Contracts;
using Mentiway.Feedback.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Feedback.GiveFeedback;

public sealed record FukoRequest(string? Facts, string? Feelings, string? Consequences, string? Expectations);

public sealed record GiveFeedbackRequest(
    FeedbackOutcome? Outcome,
    string? WentWell = null,
    string? ToImprove = null,
    string? NextStep = null,
    FukoRequest? Fuko = null);

public sealed record GiveFeedback(Guid HomeworkId, GiveFeedbackRequest Feedback) : ICommand<Guid>;

public sealed class GiveFeedbackValidator : AbstractValidator<GiveFeedback>
{
    public const int MaxTextLength = 4000;

    public GiveFeedbackValidator()
    {
        RuleFor(x => x.Feedback.WentWell).MultiLineText(MaxTextLength).OverridePropertyName("wentWell");
        RuleFor(x => x.Feedback.ToImprove).MultiLineText(MaxTextLength).OverridePropertyName("toImprove");
        RuleFor(x => x.Feedback.NextStep).MultiLineText(MaxTextLength).OverridePropertyName("nextStep");
        RuleFor(x => x.Feedback)
            .Must(f => HasText(f.WentWell) || HasText(f.ToImprove) || HasText(f.NextStep))
            .WithMessage("wentWell, toImprove or nextStep must say something")
            .OverridePropertyName("wentWell");
        RuleFor(x => x.Feedback.Outcome)
            .NotNull().WithMessage($"must be one of {EnumText.Choices<FeedbackOutcome>()}")
            .IsInEnum()
            .OverridePropertyName("outcome");

        When(x => x.Feedback.Fuko is not null, () =>
        {
            RuleFor(x => x.Feedback.Fuko!.Facts).MultiLineText(MaxTextLength).OverridePropertyName("fuko.facts");
            RuleFor(x => x.Feedback.Fuko!.Feelings).MultiLineText(MaxTextLength).OverridePropertyName("fuko.feelings");
            RuleFor(x => x.Feedback.Fuko!.Consequences)
                .MultiLineText(MaxTextLength)
                .OverridePropertyName("fuko.consequences");
            RuleFor(x => x.Feedback.Fuko!.Expectations)
                .MultiLineText(MaxTextLength)
                .OverridePropertyName("fuko.expectations");
        });
    }

    private static bool HasText(string? text) => string.IsNullOrWhiteSpace(text) == false;
}

public sealed class GiveFeedbackHandler(IDocumentSession session, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<GiveFeedback, Guid>
{
    public async ValueTask<Guid> Handle(GiveFeedback command, CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(command.HomeworkId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Homework, command.HomeworkId);

        var standing = await MustBeThePairsMentor(session, actor, item, cancellationToken);

        FeedbackIsGivenOnlyOnSubmittedHomework(item);

        var request = command.Feedback;
        var feedback = new MentorFeedback(
            Id: Guid.CreateVersion7(),
            HomeworkId: item.Id,
            Author: actor.Subject,
            WentWell: Trimmed(request.WentWell),
            ToImprove: Trimmed(request.ToImprove),
            NextStep: Trimmed(request.NextStep),
            Fuko: request.Fuko is { } fuko
                ? new FukoNotes(
                    Trimmed(fuko.Facts),
                    Trimmed(fuko.Feelings),
                    Trimmed(fuko.Consequences),
                    Trimmed(fuko.Expectations))
                : null,
            Outcome: request.Outcome!.Value,
            WrittenAt: clock.GetUtcNow(),
            AuthorParticipantId: standing.ParticipantId);

        session.Insert(feedback);

        return feedback.Id;
    }

    /// <summary>Giving and releasing feedback is the pair's mentor's (and an admin's) to do.</summary>
    internal static async Task<Standing> MustBeThePairsMentor(
        IQuerySession session,
        ICurrentActor actor,
        HomeworkItem item,
        CancellationToken cancellationToken) =>
        (await actor.TowardHomeworkAsync(session, item, cancellationToken)).MustBe(
            FeedbackStandings.Homework,
            item.Id,
            "Only the pair's mentor gives and releases feedback on homework.",
            Relation.Mentor);

    internal static void FeedbackIsGivenOnlyOnSubmittedHomework(HomeworkItem item)
    {
        if (item.IsSubmitted == false)
        {
            throw new ConflictException(
                "Feedback is given on submitted homework only; this item is not submitted.",
                item.Status);
        }
    }

    // Surrounding white space is a typing accident; everything inside (emoji, marks, any script) is kept as written.
    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal static class GiveFeedbackEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/feedback", async (
                Guid homeworkId,
                GiveFeedbackRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                var id = await sender.Send(new GiveFeedback(homeworkId, body), ct);

                return Results.Created($"/api/homework/{homeworkId}/feedback/{id}", new CreatedResource(id));
            })
            .WithName(nameof(GiveFeedback))
            .WithSummary("Write feedback on a submitted homework item, as a draft only its author sees")
            .Produces<CreatedResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
