using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.Sessions.Access;
using Mentiway.Sessions.ReadModels;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Sessions.ListPairSessions;

public sealed record ListPairSessions(Guid PairId, PageRequest Paging) : IQuery<Page<SessionSummary>>;

public sealed class ListPairSessionsValidator : AbstractValidator<ListPairSessions>
{
    public ListPairSessionsValidator() => RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
}

/// <summary>
/// The pair's mentor and mentee, their programme's coordinators and admins see the list; anyone else gets 404.
/// </summary>
public sealed class ListPairSessionsHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<ListPairSessions, Page<SessionSummary>>
{
    public async ValueTask<Page<SessionSummary>> Handle(ListPairSessions query, CancellationToken cancellationToken)
    {
        var pair = await session.LoadPair(query.PairId, cancellationToken);

        (await actor.InPairAsync(pair, cancellationToken)).MustSee("pair", pair.Id);

        return await session.Query<Session>()
            .Where(x => x.PairId == query.PairId)
            .OrderBy(x => x.StartsAt)
            .ThenBy(x => x.Id)
            .ToPageAsync(query.Paging, SessionSummary.From, cancellationToken);
    }
}

internal static class ListPairSessionsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/pairs/{pairId:guid}/sessions", async (
                Guid pairId,
                int? page,
                int? pageSize,
                ISender sender,
                CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListPairSessions(pairId, new PageRequest(page, pageSize)), ct)))
            .WithName(nameof(ListPairSessions))
            .WithSummary("List a pair's sessions in start order")
            .Produces<Page<SessionSummary>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
