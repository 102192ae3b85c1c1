using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Feedback.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Feedback.GetProgrammeRatings;

public sealed record GetProgrammeRatings(Guid ProgrammeId) : IQuery<ProgrammeRatings>;

public sealed record PairRatings(Guid PairId, int RatingCount, double? Average);

/// <summary>Average session ratings of a programme and of each of its pairs; null where nothing was rated.</summary>
public sealed record ProgrammeRatings(
    Guid ProgrammeId,
    int RatingCount,
    double? Average,
    IReadOnlyList<PairRatings> Pairs);

/// <summary>For the people who run the programme: its coordinators and admins.</summary>
public sealed class GetProgrammeRatingsHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<GetProgrammeRatings, ProgrammeRatings>
{
    public async ValueTask<ProgrammeRatings> Handle(GetProgrammeRatings query, CancellationToken cancellationToken)
    {
        _ = await session.LoadAsync<KnownProgramme>(query.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("programme", query.ProgrammeId);

        (await actor.InProgrammeAsync(query.ProgrammeId, cancellationToken)).MustBe(
            "programme", query.ProgrammeId, "Only the programme's coordinators see its ratings.", Relation.Coordinator);

        var pairs = await session.Query<KnownPair>()
            .Where(x => x.ProgrammeId == query.ProgrammeId)
            .ToListAsync(cancellationToken);
        var ratings = await session.Query<SessionRating>()
            .Where(x => x.ProgrammeId == query.ProgrammeId)
            .Select(x => new { x.PairId, x.Rating })
            .ToListAsync(cancellationToken);

        // A programme has tens of pairs and a few ratings per session: averaging here is cheaper than a projection.
        var byPair = ratings.ToLookup(r => r.PairId, r => r.Rating);
        var perPair = pairs
            .OrderBy(pair => pair.Id)
            .Select(pair => new PairRatings(pair.Id, byPair[pair.Id].Count(), AverageOf([.. byPair[pair.Id]])))
            .ToList();

        return new ProgrammeRatings(
            query.ProgrammeId,
            ratings.Count,
            AverageOf(ratings.Select(r => r.Rating).ToList()),
            perPair);
    }

    private static double? AverageOf(List<int> values) =>
        values.Count == 0 ? null : Math.Round(values.Average(), 2);
}

internal static class GetProgrammeRatingsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes/{programmeId:guid}/ratings", async (
                Guid programmeId,
                ISender sender,
                CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetProgrammeRatings(programmeId), ct)))
            .WithName(nameof(GetProgrammeRatings))
            .WithSummary("Average session ratings of a programme, overall and per pair")
            .Produces<ProgrammeRatings>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
