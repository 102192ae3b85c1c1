using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Items;
using Mentiway.Homework.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Homework.ListSessionHomework;

/// <summary>The items set at a session or carried over to it.</summary>
public sealed record ListSessionHomework(Guid SessionId, PageRequest Paging) : IQuery<Page<HomeworkView>>;

public sealed class ListSessionHomeworkValidator : AbstractValidator<ListSessionHomework>
{
    public ListSessionHomeworkValidator() => RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
}

/// <summary>The mentor and the programme's coordinator see every item; the mentee the items they are to do.</summary>
public sealed class ListSessionHomeworkHandler(IQuerySession session, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListSessionHomework, Page<HomeworkView>>
{
    public async ValueTask<Page<HomeworkView>> Handle(ListSessionHomework query, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownSession>(query.SessionId, cancellationToken)
            ?? throw new NotFoundException("session", query.SessionId);
        var standing = (await actor.InPairOfAsync(session, known.PairId, cancellationToken))
            .MustSee("session", known.Id);

        var items = session.Query<HomeworkItem>().Where(x => x.SessionIds.Contains(query.SessionId));
        if (standing.IsAdmin == false && standing.Is(Relation.Mentee))
        {
            // The mentor's preparation is the mentor's own.
            var self = standing.ParticipantId;
            items = items.Where(x => x.AssigneeId == self);
        }

        var now = clock.GetUtcNow();

        return await items
            .OrderBy(x => x.AssignedAt)
            .ThenBy(x => x.Id)
            .ToPageAsync(query.Paging, item => HomeworkView.From(item, now), cancellationToken);
    }
}

internal static class ListSessionHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sessions/{sessionId:guid}/homework", async (
                Guid sessionId,
                int? page,
                int? pageSize,
                ISender sender,
                CancellationToken ct) =>
                Results.Ok(await sender.Send(
                    new ListSessionHomework(sessionId, new PageRequest(page, pageSize)), ct)))
            .WithName(nameof(ListSessionHomework))
            .WithSummary("List the homework set at a session or carried over to it")
            .Produces<Page<HomeworkView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
