using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.Homework.CommentOnHomework;
using Mentiway.Homework.Http;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Homework.EditHomeworkComment;

public sealed record EditHomeworkComment(
    Guid HomeworkId,
    Guid CommentId,
    CommentRequest Comment,
    long? ExpectedVersion) : ICommand<CreatedResource>;

public sealed class EditHomeworkCommentValidator : AbstractValidator<EditHomeworkComment>
{
    public EditHomeworkCommentValidator() =>
        RuleFor(x => x.Comment.Text).CommentText().OverridePropertyName("text");
}

/// <summary>Changes a comment's text, as a new event: the earlier text stays in the item's history.</summary>
public sealed class EditHomeworkCommentHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<EditHomeworkComment, CreatedResource>
{
    /// <summary>How long after writing a comment its author may still correct it.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public async ValueTask<CreatedResource> Handle(EditHomeworkComment command, CancellationToken cancellationToken)
    {
        var (stream, _) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustSeeHomeworkAsync(session, stored, cancellationToken),
            cancellationToken);
        var comment = OnlyItsAuthorMayEditAComment(stream.Aggregate!, command.CommentId, actor.Subject);
        HomeworkLifecycle.EnsureAllowed(stream.Aggregate!, HomeworkAction.Comment);
        var now = clock.GetUtcNow();
        ACommentIsEditableOnlyWithinItsWindow(comment, now);

        var edited = new HomeworkCommentEdited(comment.Id, command.Comment.Text!.Trim(), actor.Subject, now);
        var item = await HomeworkStreams.Append(stream, edited, outbox);

        return new CreatedResource(item.Id, item.Version);
    }

    // Whoever sees the item sees its comments, so someone else's comment is refused, not reported missing. The
    // author is the person (their subject), whichever participant they wrote as; an admin too edits only their own.
    private static HomeworkComment OnlyItsAuthorMayEditAComment(HomeworkItem item, Guid commentId, string subject)
    {
        var comment = item.Comments.SingleOrDefault(c => c.Id == commentId)
            ?? throw new NotFoundException("comment", commentId);

        return comment.AuthorSubject == subject
            ? comment
            : throw new ForbiddenException("Only its author edits a comment.");
    }

    private static void ACommentIsEditableOnlyWithinItsWindow(HomeworkComment comment, DateTimeOffset now)
    {
        if (now - comment.WrittenAt > EditWindow)
        {
            throw new ConflictException(
                $"A comment can be edited for {EditWindow.TotalMinutes:0} minutes after writing it.",
                "editWindowClosed");
        }
    }
}

internal static class EditHomeworkCommentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/homework/{homeworkId:guid}/comments/{commentId:guid}", async (
                Guid homeworkId,
                Guid commentId,
                CommentRequest body,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
                ChangeAnswers.Changed(
                    http.Response,
                    await sender.Send(
                        new EditHomeworkComment(homeworkId, commentId, body, http.Request.ExpectedVersion()), ct)))
            .WithName(nameof(EditHomeworkComment))
            .WithSummary("Edit one's own comment within 15 minutes of writing it; the edit stays in the history")
            .ProducesChange();
}
