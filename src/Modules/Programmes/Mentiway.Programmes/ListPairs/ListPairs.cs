using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Programmes.Documents;
using Mentiway.Programmes.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Programmes.ListPairs;

public sealed record ListPairs(Guid ProgrammeId, string? Status, PageRequest Paging) : IQuery<Page<PairView>>;

public sealed class ListPairsValidator : AbstractValidator<ListPairs>
{
    public ListPairsValidator()
    {
        RuleFor(x => x.Status)
            .Must(EnumText.IsValid<PairStatus>)
            .WithMessage($"must be one of {EnumText.Choices<PairStatus>()}")
            .OverridePropertyName("status");
        RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
    }
}

public sealed class ListPairsHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<ListPairs, Page<PairView>>
{
    public async ValueTask<Page<PairView>> Handle(ListPairs query, CancellationToken cancellationToken)
    {
        _ = await session.LoadAsync<Programme>(query.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("programme", query.ProgrammeId);

        var standing = (await actor.InProgrammeAsync(query.ProgrammeId, cancellationToken))
            .MustSee("programme", query.ProgrammeId);

        var pairs = session.Query<Pair>().Where(x => x.ProgrammeId == query.ProgrammeId);
        if (standing.IsAdmin == false && standing.Is(Relation.Coordinator) == false)
        {
            // Mentors and mentees see the pairs they are part of, and nobody else's.
            var self = standing.ParticipantId;
            pairs = pairs.Where(x => x.MentorId == self || x.MenteeId == self);
        }
        if (EnumText.ParseOrNull<PairStatus>(query.Status) is { } status)
        {
            pairs = pairs.Where(x => x.Status == status);
        }

        return await pairs
            .OrderBy(x => x.FormedAt)
            .ThenBy(x => x.Id)
            .ToPageAsync(query.Paging, PairView.From, cancellationToken);
    }
}

internal static class ListPairsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes/{programmeId:guid}/pairs", async (
                Guid programmeId,
                string? status,
                int? page,
                int? pageSize,
                ISender sender,
                CancellationToken ct) =>
                Results.Ok(await sender.Send(new ListPairs(programmeId, status, new PageRequest(page, pageSize)), ct)))
            .WithName(nameof(ListPairs))
            .WithSummary("List a programme's pairs, optionally active or closed only")
            .Produces<Page<PairView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
