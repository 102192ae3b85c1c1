using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Notifications.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Notifications.MarkNotificationRead;

public sealed record MarkNotificationRead(Guid ParticipantId, Guid NotificationId) : ICommand<Unit>;

/// <summary>Marks an entry read; marking it again keeps the first moment it was read.</summary>
public sealed class MarkNotificationReadHandler(IDocumentSession session, TimeProvider clock)
    : ICommandHandler<MarkNotificationRead, Unit>
{
    public async ValueTask<Unit> Handle(MarkNotificationRead command, CancellationToken cancellationToken)
    {
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
            .ProducesProblem(StatusCodes.Status404NotFound);
}
