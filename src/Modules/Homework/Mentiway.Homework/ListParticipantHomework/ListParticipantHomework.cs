using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Items;
using Mentiway.Homework.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Homework.ListParticipantHomework;

/// <summary>A participant's items (those they are to do), optionally of one status, earliest due first.</summary>
public sealed record ListParticipantHomework(Guid ParticipantId, string? Status, PageRequest Paging)
    : IQuery<Page<HomeworkView>>;

public sealed class ListParticipantHomeworkValidator : AbstractValidator<ListParticipantHomework>
{
    public ListParticipantHomeworkValidator()
    {
        RuleFor(x => x.Status)
            .Must(EnumText.IsValid<HomeworkStatus>)
            .WithMessage($"must be one of {EnumText.Choices<HomeworkStatus>()}")
            .OverridePropertyName("status");
        RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
    }
}

/// <summary>
/// The participant themself, their programme's coordinator and an admin see every item; a mentor of theirs the
/// items of their own pairs with them; anyone else is told the participant does not exist.
/// </summary>
public sealed class ListParticipantHomeworkHandler(IQuerySession session, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<ListParticipantHomework, Page<HomeworkView>>
{
    public async ValueTask<Page<HomeworkView>> Handle(
        ListParticipantHomework query,
        CancellationToken cancellationToken)
    {
        var participant = await session.LoadAsync<KnownParticipant>(query.ParticipantId, cancellationToken)
            ?? throw new NotFoundException("participant", query.ParticipantId);
        var scope = await actor.MustSeeHomeworkOfAsync(session, participant, cancellationToken);

        var items = scope.Filter(session.Query<HomeworkItem>().Where(x => x.AssigneeId == participant.Id));
        if (EnumText.ParseOrNull<HomeworkStatus>(query.Status) is { } status)
        {
            items = items.Where(x => x.Status == status);
        }

        var now = clock.GetUtcNow();

        return await items
            .OrderBy(x => x.DueAt)
            .ThenBy(x => x.Id)
            .ToPageAsync(query.Paging, item => HomeworkView.From(item, now), cancellationToken);
    }
}

internal static class ListParticipantHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/participants/{participantId:guid}/homework", async (
                Guid participantId,
                string? status,
                int? page,
                int? pageSize,
                ISender sender,
                CancellationToken ct) =>
                Results.Ok(await sender.Send(
                    new ListParticipantHomework(participantId, status, new PageRequest(page, pageSize)), ct)))
            .WithName(nameof(ListParticipantHomework))
            .WithSummary("List a participant's homework with status, due moment and an overdue flag")
            .Produces<Page<HomeworkView>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
