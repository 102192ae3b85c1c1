using FluentValidation;
using Marten;
using Mediator;
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

public sealed class ListSessionHomeworkHandler(IQuerySession session, TimeProvider clock)
    : IQueryHandler<ListSessionHomework, Page<HomeworkView>>
{
    public async ValueTask<Page<HomeworkView>> Handle(ListSessionHomework query, CancellationToken cancellationToken)
    {
        _ = await session.LoadAsync<KnownSession>(query.SessionId, cancellationToken)
            ?? throw new NotFoundException("session", query.SessionId);

        var now = clock.GetUtcNow();

        return await session.Query<HomeworkItem>()
            .Where(x => x.SessionIds.Contains(query.SessionId))
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
