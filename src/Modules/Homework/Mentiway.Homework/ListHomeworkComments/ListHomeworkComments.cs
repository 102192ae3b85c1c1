using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Homework.ListHomeworkComments;

/// <summary>A comment and its author: their subject, and their participant if they wrote as one of the pair.</summary>
public sealed record CommentView(
    Guid Id,
    string AuthorSubject,
    Guid? AuthorParticipantId,
    string Text,
    DateTimeOffset WrittenAt,
    DateTimeOffset? EditedAt);

public sealed record CommentThread(Guid HomeworkId, IReadOnlyList<CommentView> Items);

/// <summary>The item's conversation in the order it was written, each comment as it reads after its edits.</summary>
public sealed record ListHomeworkComments(Guid HomeworkId) : IQuery<CommentThread>;

public sealed class ListHomeworkCommentsHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<ListHomeworkComments, CommentThread>
{
    public async ValueTask<CommentThread> Handle(ListHomeworkComments query, CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(query.HomeworkId, cancellationToken)
            ?? throw new NotFoundException("homework", query.HomeworkId);
        await actor.MustSeeHomeworkAsync(session, item, cancellationToken);

        return new CommentThread(
            item.Id,
            item.Comments
                .Select(c => new CommentView(
                    c.Id, c.AuthorSubject, c.AuthorParticipantId, c.Text, c.WrittenAt, c.EditedAt))
                .ToList());
    }
}

internal static class ListHomeworkCommentsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/homework/{homeworkId:guid}/comments", async (
                Guid homeworkId,
                ISender sender,
                CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListHomeworkComments(homeworkId), ct)))
            .WithName(nameof(ListHomeworkComments))
            .WithSummary("The conversation on a homework item, in the order it was written")
            .Produces<CommentThread>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
