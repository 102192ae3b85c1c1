using FluentValidation;
using Marten;
using Marten.Pagination;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.Feedback.Access;
using Mentiway.Feedback.Documents;
using Mentiway.Feedback.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Feedback.ListFeedback;

public sealed record ListFeedback(Guid HomeworkId, PageRequest Paging) : IQuery<Page<FeedbackView>>;

public sealed class ListFeedbackValidator : AbstractValidator<ListFeedback>
{
    public ListFeedbackValidator() => RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
}

/// <summary>
/// Released feedback, and the caller's own drafts: someone else's draft is not there for them, not even for an
/// admin. Anyone who may see the item may read it.
/// </summary>
public sealed class ListFeedbackHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<ListFeedback, Page<FeedbackView>>
{
    public async ValueTask<Page<FeedbackView>> Handle(ListFeedback query, CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(query.HomeworkId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Homework, query.HomeworkId);

        var standing = await actor.TowardHomeworkAsync(session, item, cancellationToken);
        standing.MustSee(FeedbackStandings.Homework, item.Id);

        var subject = actor.Subject;
        var page = await session.Query<MentorFeedback>()
            .Where(x => x.HomeworkId == query.HomeworkId && (x.ReleasedAt != null || x.Author == subject))
            .OrderBy(x => x.WrittenAt)
            .ThenBy(x => x.Id)
            .ToPagedListAsync(query.Paging.Number, query.Paging.Size, cancellationToken);

        return new Page<FeedbackView>(
            page.Select(FeedbackView.From).ToList(),
            query.Paging.Number,
            query.Paging.Size,
            page.TotalItemCount);
    }
}

internal static class ListFeedbackEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/homework/{homeworkId:guid}/feedback", async (
                Guid homeworkId,
                int? page,
                int? pageSize,
                ISender sender,
                CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListFeedback(homeworkId, new PageRequest(page, pageSize)), ct)))
            .WithName(nameof(ListFeedback))
            .WithSummary("List a homework item's released feedback and the caller's own drafts")
            .Produces<Page<FeedbackView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
