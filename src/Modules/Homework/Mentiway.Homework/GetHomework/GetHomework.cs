using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.Homework.Items;
using Mentiway.Homework.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Homework.GetHomework;

/// <summary>The item now, or as it stood at a past instant (asOf), replayed from its stream.</summary>
public sealed record GetHomework(Guid HomeworkId, string? AsOf) : IQuery<HomeworkView>;

public sealed class GetHomeworkValidator : AbstractValidator<GetHomework>
{
    public GetHomeworkValidator() => RuleFor(x => x.AsOf).Instant().OverridePropertyName("asOf");
}

public sealed class GetHomeworkHandler(IQuerySession session, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<GetHomework, HomeworkView>
{
    public async ValueTask<HomeworkView> Handle(GetHomework query, CancellationToken cancellationToken)
    {
        // Who may read it is decided on the item as it is now: its pair and assignee never change.
        var current = await session.LoadAsync<HomeworkItem>(query.HomeworkId, cancellationToken)
            ?? throw new NotFoundException("homework", query.HomeworkId);
        await actor.MustSeeHomeworkAsync(session, current, cancellationToken);

        var item = InstantText.Parse(query.AsOf) is { } asOf
            ? await AsOf(query.HomeworkId, asOf, cancellationToken)
            : current;

        return item is null
            ? throw new NotFoundException("homework", query.HomeworkId)
            : HomeworkView.From(item, InstantText.Parse(query.AsOf) ?? clock.GetUtcNow());
    }

    // The events' own "when" decides, not Marten's timestamps: history may be written with a moved clock.
    private async Task<HomeworkItem?> AsOf(Guid homeworkId, DateTimeOffset asOf, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(homeworkId, token: ct);

        return HomeworkItem.Replay(events.TakeWhile(e => ((IHomeworkEvent)e.Data).At <= asOf));
    }
}

internal static class GetHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/homework/{homeworkId:guid}", async (
                Guid homeworkId,
                string? asOf,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var item = await sender.Send(new GetHomework(homeworkId, asOf), ct);
                if (asOf is null)
                {
                    response.WriteETag(item.Version);
                }

                return Results.Ok(item);
            })
            .WithName(nameof(GetHomework))
            .WithSummary("Get a homework item with its version as ETag, or as it stood at an instant (asOf)")
            .Produces<HomeworkView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
