using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.Sessions.Events;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Sessions.ResetAgendaTemplate;

public sealed record ResetAgendaTemplate(Guid SessionId, long? ExpectedVersion) : ICommand<long>;

public sealed class ResetAgendaTemplateHandler(
    IDocumentSession session,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ResetAgendaTemplate, long>
{
    public async ValueTask<long> Handle(ResetAgendaTemplate command, CancellationToken cancellationToken)
    {
        var (stream, _) = await session.FetchSessionForMentorsChange(
            actor,
            command.SessionId,
            command.ExpectedVersion,
            "Only the pair's mentor changes a session's agenda template.",
            cancellationToken);
        var current = stream.Aggregate!;

        // Going back to the default twice changes nothing the second time, so it adds no event.
        if (current.AgendaTemplate is null)
        {
            return current.Version;
        }

        stream.AppendOne(new SessionAgendaTemplateReset(current.Id, clock.GetUtcNow(), actor.Subject));

        return current.Version + 1;
    }
}

internal static class ResetAgendaTemplateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/sessions/{sessionId:guid}/agenda-template", async (
                Guid sessionId,
                HttpRequest request,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var version = await sender.Send(new ResetAgendaTemplate(sessionId, request.ExpectedVersion()), ct);
                response.WriteETag(version);

                return Results.NoContent();
            })
            .WithName(nameof(ResetAgendaTemplate))
            .WithSummary("Go back to the default agenda template for this session")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
