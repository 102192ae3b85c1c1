using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Notifications.Access;
using Mentiway.Notifications.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Notifications.MarkNotificationRead;

public sealed record MarkNotificationRead(Guid ParticipantId, Guid NotificationId) : ICommand<Unit>;

/// <summary>
/// Marks an entry of the caller's own inbox read; marking it again keeps the first moment it was read. Whose inbox
/// it is decides first, so that whether the entry exists tells a stranger or a coordinator nothing.
/// </summary>
public sealed class MarkNotificationReadHandler(IDocumentSession session, TimeProvider clock, ICurrentActor actor)
    : ICommandHandler<MarkNotificationRead, Unit>
{
    public async ValueTask<Unit> Handle(MarkNotificationRead command, CancellationToken cancellationToken)
    {
        var recipient = await session.LoadAsync<Recipient>(command.ParticipantId, cancellationToken)
            ?? throw new NotFoundException("participant", command.ParticipantId);

        await InboxOwner.MustBeTheOwner(actor, recipient, cancellationToken);

        // Someone else's entry under one's own inbox is as unknown as one that does not exist.
        var notification = await session.LoadAsync<Notification>(command.NotificationId, cancellationToken);
        if (notification is null || notification.ParticipantId != command.ParticipantId)
        {
            throw new NotFoundException("notification", command.NotificationId);
        }

        if (notification.IsRead == false)
        {
            session.Update(notification with { ReadAt = clock.GetUtcNow() });
        }

        return Unit.Value;
    }
}

internal static class MarkNotificationReadEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/participants/{participantId:guid}/notifications/{notificationId:guid}/read", async (
                Guid participantId,
                Guid notificationId,
                ISender sender,
                CancellationToken ct) =>
            {
                await sender.Send(new MarkNotificationRead(participantId, notificationId), ct);

                return Results.NoContent();
            })
            .WithName(nameof(MarkNotificationRead))
            .WithSummary("Mark one of a participant's notifications read")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
