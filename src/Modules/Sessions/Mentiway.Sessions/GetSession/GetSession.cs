using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.Sessions.Access;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.ReadModels;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Sessions.GetSession;

public sealed record GetSession(Guid SessionId) : IQuery<SessionView>;

/// <summary>The pair's mentor and mentee, their programme's coordinators and admins see it; others get 404.</summary>
public sealed class GetSessionHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<GetSession, SessionView>
{
    public async ValueTask<SessionView> Handle(GetSession query, CancellationToken cancellationToken)
    {
        var current = await session.LoadSession(query.SessionId, cancellationToken);
        var pair = await session.LoadAsync<SessionPair>(current.PairId, cancellationToken);

        (await actor.InSessionPairAsync(current, pair, cancellationToken)).MustSeeSession(current);

        var mentor = await session.LoadParticipant(pair?.MentorId, cancellationToken);
        var mentee = await session.LoadParticipant(pair?.MenteeId, cancellationToken);

        return new SessionView(
            current.Id,
            current.PairId,
            current.StatusText,
            current.Topic,
            current.StartsAt.ToUniversalTime(),
            LocalStart.For(current.StartsAt, mentor),
            LocalStart.For(current.StartsAt, mentee),
            current.DurationMinutes,
            current.Notes,
            current.CancelReason,
            current.AgendaTemplate is not null,
            current.Version);
    }
}

internal static class GetSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sessions/{sessionId:guid}", async (
                Guid sessionId,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var view = await sender.Send(new GetSession(sessionId), ct);
                response.WriteETag(view.Version);

                return Results.Ok(view);
            })
            .WithName(nameof(GetSession))
            .WithSummary("Get a session, its start in UTC and in the mentor's and mentee's zones; ETag = version")
            .Produces<SessionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
