using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.Programmes.Documents;
using Mentiway.Programmes.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Programmes.ListProgrammes;

public sealed record ListProgrammes(PageRequest Paging) : IQuery<Page<ProgrammeView>>;

public sealed class ListProgrammesValidator : AbstractValidator<ListProgrammes>
{
    public ListProgrammesValidator() => RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
}

/// <summary>An admin sees every programme; anyone else the programmes they are enrolled in.</summary>
public sealed class ListProgrammesHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<ListProgrammes, Page<ProgrammeView>>
{
    public async ValueTask<Page<ProgrammeView>> Handle(ListProgrammes query, CancellationToken cancellationToken)
    {
        IQueryable<Programme> programmes = session.Query<Programme>();
        if (actor.IsAdmin == false)
        {
            var memberships = await actor.MembershipsAsync(cancellationToken);
            var enrolledIn = memberships.Select(m => m.ProgrammeId).Distinct().ToArray();
            programmes = programmes.Where(x => enrolledIn.Contains(x.Id));
        }

        return await programmes
            .OrderBy(x => x.StartsOn)
            .ThenBy(x => x.Name)
            .ToPageAsync(query.Paging, ProgrammeView.From, cancellationToken);
    }
}

internal static class ListProgrammesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListProgrammes(new PageRequest(page, pageSize)), ct)))
            .WithName(nameof(ListProgrammes))
            .WithSummary("List programmes, a page at a time")
            .Produces<Page<ProgrammeView>>()
            .ProducesValidationProblem();
}
