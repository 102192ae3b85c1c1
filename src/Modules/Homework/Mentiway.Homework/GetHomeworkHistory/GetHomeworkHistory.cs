using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Homework.Items;
using Mentiway.Homework.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Homework.GetHomeworkHistory;

public sealed record HomeworkHistory(Guid HomeworkId, IReadOnlyList<HomeworkEventEntry> Events);

public sealed record GetHomeworkHistory(Guid HomeworkId) : IQuery<HomeworkHistory>;

public sealed class GetHomeworkHistoryHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<GetHomeworkHistory, HomeworkHistory>
{
    public async ValueTask<HomeworkHistory> Handle(GetHomeworkHistory query, CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(query.HomeworkId, cancellationToken)
            ?? throw new NotFoundException("homework", query.HomeworkId);
        await actor.MustSeeHomeworkAsync(session, item, cancellationToken);

        var events = await session.Events.FetchStreamAsync(query.HomeworkId, token: cancellationToken);

        return new HomeworkHistory(query.HomeworkId, events.Select(HomeworkEventEntry.From).ToList());
    }
}

internal static class GetHomeworkHistoryEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/homework/{homeworkId:guid}/history", async (
                Guid homeworkId,
                ISender sender,
                CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetHomeworkHistory(homeworkId), ct)))
            .WithName(nameof(GetHomeworkHistory))
            .WithSummary("Every event of a homework item: type, data, who acted (subject, participant), when, version")
            .Produces<HomeworkHistory>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
