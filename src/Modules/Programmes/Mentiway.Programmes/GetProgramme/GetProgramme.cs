using Marten;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Access;
using Mediator;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Programmes.Documents;
using Mentiway.Programmes.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Programmes.GetProgramme;

public sealed record GetProgramme(Guid ProgrammeId) : IQuery<ProgrammeView>;

public sealed class GetProgrammeHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<GetProgramme, ProgrammeView>
{
    public async ValueTask<ProgrammeView> Handle(GetProgramme query, CancellationToken cancellationToken)
    {
        var programme = await session.LoadAsync<Programme>(query.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("programme", query.ProgrammeId);

        (await actor.InProgrammeAsync(programme.Id, cancellationToken)).MustSee("programme", programme.Id);

        return ProgrammeView.From(programme);
    }
}

internal static class GetProgrammeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes/{programmeId:guid}", async (Guid programmeId, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new GetProgramme(programmeId), ct)))
            .WithName(nameof(GetProgramme))
            .WithSummary("Get a programme")
            .Produces<ProgrammeView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
