using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Homework.Contracts;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Homework.CommentOnHomework;

public sealed record CommentRequest(string? Text);

public sealed record CommentOnHomework(Guid HomeworkId, CommentRequest Comment, long? ExpectedVersion)
    : ICommand<CreatedResource>;

public sealed class CommentOnHomeworkValidator : AbstractValidator<CommentOnHomework>
{
    public CommentOnHomeworkValidator() =>
        RuleFor(x => x.Comment.Text).CommentText().OverridePropertyName("text");
}

/// <summary>The rules for a comment's text, the same when it is written and when it is edited.</summary>
public static class CommentTextRules
{
    public const int MaxLength = 4000;

    public static IRuleBuilderOptions<T, string?> CommentText<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule
            .NotEmpty().WithMessage("must not be empty or blank")
            .MultiLineText(MaxLength);
}

/// <summary>Adds a comment to the item's conversation; answers the comment's id and the item's new version.</summary>
public sealed class CommentOnHomeworkHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<CommentOnHomework, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(CommentOnHomework command, CancellationToken cancellationToken)
    {
        var (stream, author) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustBeOfItsPairAsync(
                session, stored, "Only the pair talks about its homework here.", cancellationToken),
            cancellationToken);
        HomeworkLifecycle.EnsureAllowed(stream.Aggregate!, HomeworkAction.Comment);

        var written = new HomeworkCommentWritten(
            Guid.CreateVersion7(),
            command.Comment.Text!.Trim(),
            actor.Subject,
            clock.GetUtcNow(),
            author.ParticipantId,
            RoleInPair(author));
        var item = await HomeworkStreams.Append(stream, written, outbox);

        return new CreatedResource(written.CommentId, item.Version);
    }

    // An admin from outside the pair writes as no one of it: everyone of the pair who sees the item is told.
    private static PairRole? RoleInPair(Standing author) => author.Relation switch
    {
        Relation.Mentor => PairRole.Mentor,
        Relation.Mentee => PairRole.Mentee,
        _ => null,
    };
}

internal static class CommentOnHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/comments", async (
                Guid homeworkId,
                CommentRequest body,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
            {
                var created = await sender.Send(
                    new CommentOnHomework(homeworkId, body, http.Request.ExpectedVersion()), ct);
                http.Response.WriteETag(created.Version!.Value);

                return Results.Created($"/api/homework/{homeworkId}/comments/{created.Id}", created);
            })
            .WithName(nameof(CommentOnHomework))
            .WithSummary("Add a comment to a homework item's conversation (any status but cancelled)")
            .WithDescription(
                "Answers the comment's id and the item's new version (also as ETag). The pair's other member is " +
                "notified, when the item is theirs to see.")
            .Produces<CreatedResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
