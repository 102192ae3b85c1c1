using FluentValidation;
using Marten;
using Marten.Pagination;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.Notifications.Access;
using Mentiway.Notifications.Documents;
using Mentiway.Notifications.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Notifications.ListNotifications;

public sealed record ListNotifications(Guid ParticipantId, bool UnreadOnly, PageRequest Paging) : IQuery<InboxPage>;

public sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator() => RuleFor(x => x.Paging).SetValidator(new PageRequestValidator());
}

public sealed class ListNotificationsHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<ListNotifications, InboxPage>
{
    public async ValueTask<InboxPage> Handle(ListNotifications query, CancellationToken cancellationToken)
    {
        var recipient = await session.LoadAsync<Recipient>(query.ParticipantId, cancellationToken)
            ?? throw new NotFoundException("participant", query.ParticipantId);

        await InboxOwner.MustBeTheOwner(actor, recipient, cancellationToken);

        var inbox = session.Query<Notification>().Where(x => x.ParticipantId == query.ParticipantId);
        var unread = await inbox.CountAsync(x => x.ReadAt == null, cancellationToken);
        if (query.UnreadOnly)
        {
            inbox = inbox.Where(x => x.ReadAt == null);
        }

        var page = await inbox
            .OrderByDescending(x => x.OccurredAt)
            .ThenBy(x => x.Id)
            .ToPagedListAsync(query.Paging.Number, query.Paging.Size, cancellationToken);

        return new InboxPage(
            page.Select(NotificationView.From).ToList(),
            query.Paging.Number,
            query.Paging.Size,
            page.TotalItemCount,
            unread);
    }
}

internal static class ListNotificationsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/participants/{participantId:guid}/notifications", async (
                Guid participantId,
                bool? unreadOnly,
                int? page,
                int? pageSize,
                ISender sender,
                CancellationToken ct) =>
            {
                var query = new ListNotifications(participantId, unreadOnly ?? false, new PageRequest(page, pageSize));

                return Results.Ok(await sender.Send(query, ct));
            })
            .WithName(nameof(ListNotifications))
            .WithSummary("List a participant's in-app notifications, newest first, with the unread count")
            .Produces<InboxPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
