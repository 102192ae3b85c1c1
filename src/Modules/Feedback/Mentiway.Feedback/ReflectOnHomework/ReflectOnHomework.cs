using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Feedback.Access;
using Mentiway.Feedback.Contracts;
using Mentiway.Feedback.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Feedback.ReflectOnHomework;

public sealed record ReflectionRequest(int? SelfRating, string? Text);

public sealed record ReflectOnHomework(Guid HomeworkId, ReflectionRequest Reflection) : ICommand<Unit>;

/// <summary>A self-reflection: a rating of oneself from 1 to 5 and what one has to say about it.</summary>
public static class ReflectionRules
{
    public const int MaxTextLength = 4000;

    public static IRuleBuilderOptions<T, int?> SelfRating<T>(this IRuleBuilderInitial<T, int?> rule) =>
        rule
            .NotNull().WithMessage("must be given")
            .InclusiveBetween(1, 5)
            .OverridePropertyName("selfRating");

    public static IRuleBuilderOptions<T, string?> ReflectionText<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must not be empty or blank")
            .MultiLineText(MaxTextLength)
            .OverridePropertyName("text");
}

public sealed class ReflectOnHomeworkValidator : AbstractValidator<ReflectOnHomework>
{
    public ReflectOnHomeworkValidator()
    {
        RuleFor(x => x.Reflection.SelfRating).SelfRating();
        RuleFor(x => x.Reflection.Text).ReflectionText();
    }
}

public sealed class ReflectOnHomeworkHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ReflectOnHomework, Unit>
{
    public async ValueTask<Unit> Handle(ReflectOnHomework command, CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(command.HomeworkId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Homework, command.HomeworkId);

        var standing = (await actor.TowardHomeworkAsync(session, item, cancellationToken)).MustBe(
            FeedbackStandings.Homework,
            item.Id,
            "Only the person whose item it is reflects on it.",
            FeedbackStandings.AssigneeOf(item));

        var reflection = new HomeworkReflection(
            command.HomeworkId,
            command.Reflection.SelfRating!.Value,
            command.Reflection.Text!.Trim(),
            clock.GetUtcNow(),
            actor.Subject,
            standing.ParticipantId);

        session.Store(reflection);

        await outbox.PublishAsync(new HomeworkReflectionAdded(
            reflection.Id,
            reflection.SelfRating,
            reflection.Text,
            reflection.AddedAt,
            reflection.AddedBy,
            reflection.AddedByParticipantId));

        return Unit.Value;
    }
}

internal static class ReflectOnHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/reflection", async (
                Guid homeworkId,
                ReflectionRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                await sender.Send(new ReflectOnHomework(homeworkId, body), ct);

                return Results.NoContent();
            })
            .WithName(nameof(ReflectOnHomework))
            .WithSummary("Add the assignee's self-reflection on a homework item; a later one replaces it")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
