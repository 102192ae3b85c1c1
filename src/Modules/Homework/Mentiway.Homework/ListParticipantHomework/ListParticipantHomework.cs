using FluentValidation;
using Marten;
using Marten.Pagination;
using Mediator;
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
        PagingRules.For(this, x => x.Paging);
    }
}

public sealed class ListParticipantHomeworkHandler(IQuerySession session, TimeProvider clock)
    : IQueryHandler<ListParticipantHomework, Page<HomeworkView>>
{
    public async ValueTask<Page<HomeworkView>> Handle(
        ListParticipantHomework query,
        CancellationToken cancellationToken)
    {
        _ = await session.LoadAsync<KnownParticipant>(query.ParticipantId, cancellationToken)
            ?? throw new NotFoundException("participant", query.ParticipantId);

        var items = session.Query<HomeworkItem>().Where(x => x.AssigneeId == query.ParticipantId);
        if (EnumText.ParseOrNull<HomeworkStatus>(query.Status) is { } status)
        {
            items = items.Where(x => x.Status == status);
        }

        var page = await items
            .OrderBy(x => x.DueAt)
            .ThenBy(x => x.Id)
            .ToPagedListAsync(query.Paging.Number, query.Paging.Size, cancellationToken);
        var now = clock.GetUtcNow();

        return new Page<HomeworkView>(
            page.Select(item => HomeworkView.From(item, now)).ToList(),
            query.Paging.Number,
            query.Paging.Size,
            page.TotalItemCount);
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
