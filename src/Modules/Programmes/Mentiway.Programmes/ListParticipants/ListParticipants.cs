using FluentValidation;
using Marten;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Access;
using Mediator;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Programmes.Contracts;
using Mentiway.Programmes.Documents;
using Mentiway.Programmes.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Programmes.ListParticipants;

public sealed record ListParticipants(Guid ProgrammeId, string? Role, PageRequest Paging)
    : IQuery<Page<ParticipantView>>;

public sealed class ListParticipantsValidator : AbstractValidator<ListParticipants>
{
    public ListParticipantsValidator()
    {
        RuleFor(x => x.Role)
            .Must(EnumText.IsValid<ParticipantRole>)
            .WithMessage($"must be one of {EnumText.Choices<ParticipantRole>()}")
            .OverridePropertyName("role");
        RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
    }
}

public sealed class ListParticipantsHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<ListParticipants, Page<ParticipantView>>
{
    public async ValueTask<Page<ParticipantView>> Handle(ListParticipants query, CancellationToken cancellationToken)
    {
        _ = await session.LoadAsync<Programme>(query.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("programme", query.ProgrammeId);

        // The list shows everyone's e-mail: it is for the people who run the programme.
        (await actor.InProgrammeAsync(query.ProgrammeId, cancellationToken)).MustBe(
            "programme", query.ProgrammeId, "Only the programme's coordinators see its participants.",
            Relation.Coordinator);

        var participants = session.Query<Participant>().Where(x => x.ProgrammeId == query.ProgrammeId);
        if (EnumText.ParseOrNull<ParticipantRole>(query.Role) is { } role)
        {
            participants = participants.Where(x => x.Role == role);
        }

        return await participants
            .OrderBy(x => x.DisplayName)
            .ThenBy(x => x.Id)
            .ToPageAsync(query.Paging, ParticipantView.From, cancellationToken);
    }
}

internal static class ListParticipantsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/programmes/{programmeId:guid}/participants", async (
                Guid programmeId,
                string? role,
                int? page,
                int? pageSize,
                ISender sender,
                CancellationToken ct) =>
            {
                var query = new ListParticipants(programmeId, role, new PageRequest(page, pageSize));

                return Results.Ok(await sender.Send(query, ct));
            })
            .WithName(nameof(ListParticipants))
            .WithSummary("List a programme's participants, optionally of one role")
            .Produces<Page<ParticipantView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
