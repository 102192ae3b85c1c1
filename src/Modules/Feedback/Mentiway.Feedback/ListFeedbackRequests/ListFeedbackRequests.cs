using FluentValidation;
using Marten;
using Marten.Pagination;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.Feedback.Access;
using Mentiway.Feedback.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Feedback.ListFeedbackRequests;

public sealed record ListFeedbackRequests(Guid HomeworkId, PageRequest Paging) : IQuery<Page<FeedbackRequestView>>;

/// <summary>An answer; who wrote it and when are left out when the request is anonymous.</summary>
public sealed record AnswerView(string Answer, string? From, DateTimeOffset? AnsweredAt);

/// <summary>
/// A request with its answers. Anonymous answers are shown only once <see cref="AnswersHidden"/> is false, that
/// is from the third answer on, sorted by their text, so that neither order nor timing tells who wrote which.
/// </summary>
public sealed record FeedbackRequestView(
    Guid Id,
    string Question,
    bool Anonymous,
    int InvitedCount,
    int AnsweredCount,
    bool AnswersHidden,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    IReadOnlyList<AnswerView> Answers);

public sealed class ListFeedbackRequestsValidator : AbstractValidator<ListFeedbackRequests>
{
    public ListFeedbackRequestsValidator() => RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
}

/// <summary>Anyone who may see the item may read what co-workers were asked about it and what they answered.</summary>
public sealed class ListFeedbackRequestsHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<ListFeedbackRequests, Page<FeedbackRequestView>>
{
    public async ValueTask<Page<FeedbackRequestView>> Handle(
        ListFeedbackRequests query,
        CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(query.HomeworkId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Homework, query.HomeworkId);

        var standing = await actor.TowardHomeworkAsync(session, item, cancellationToken);
        standing.MustSee(FeedbackStandings.Homework, item.Id);

        var requests = await session.Query<FeedbackRequest>()
            .Where(x => x.HomeworkId == query.HomeworkId)
            .OrderBy(x => x.RequestedAt)
            .ThenBy(x => x.Id)
            .ToPagedListAsync(query.Paging.Number, query.Paging.Size, cancellationToken);
        var requestIds = requests.Select(x => x.Id).ToList();
        var answers = await session.Query<CoworkerAnswer>()
            .Where(x => x.RequestId.IsOneOf(requestIds))
            .ToListAsync(cancellationToken);

        var byRequest = answers.ToLookup(x => x.RequestId);
        var views = requests.Select(request => ViewOf(request, [.. byRequest[request.Id]])).ToList();

        return new Page<FeedbackRequestView>(views, query.Paging.Number, query.Paging.Size, requests.TotalItemCount);
    }

    private static FeedbackRequestView ViewOf(FeedbackRequest request, IReadOnlyList<CoworkerAnswer> answers)
    {
        var hidden = request.Anonymous && answers.Count < FeedbackRequest.AnonymousAnswersShownFrom;
        var shown = request.Anonymous
            ? answers.Select(a => new AnswerView(a.Text, null, null)).OrderBy(a => a.Answer, StringComparer.Ordinal)
            : answers.OrderBy(a => a.AnsweredAt).Select(a => new AnswerView(a.Text, a.AnsweredBy, a.AnsweredAt));

        return new FeedbackRequestView(
            request.Id,
            request.Question,
            request.Anonymous,
            request.InvitedCount,
            answers.Count,
            hidden,
            request.RequestedAt,
            request.ExpiresAt,
            hidden ? [] : shown.ToList());
    }
}

internal static class ListFeedbackRequestsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/homework/{homeworkId:guid}/feedback-requests", async (
                Guid homeworkId,
                int? page,
                int? pageSize,
                ISender sender,
                CancellationToken ct) =>
            {
                var query = new ListFeedbackRequests(homeworkId, new PageRequest(page, pageSize));

                return Results.Ok(await sender.Send(query, ct));
            })
            .WithName(nameof(ListFeedbackRequests))
            .WithSummary("List a homework item's requests to co-workers with their answers")
            .Produces<Page<FeedbackRequestView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
