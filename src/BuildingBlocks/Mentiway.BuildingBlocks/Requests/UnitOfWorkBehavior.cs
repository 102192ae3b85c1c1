using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Microsoft.AspNetCore.Http;
using Wolverine.Marten;

namespace Mentiway.BuildingBlocks.Requests;

/// <summary>
/// Wraps each command in one Marten unit of work enrolled in Wolverine's outbox, so that the documents and events a
/// handler stores and the messages it publishes commit together or not at all.
/// Every event and document it writes records who caused it: the token's subject and the participant they acted as
/// (see <see cref="ActingHeaders"/>), and the request's trace id as the correlation id.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(
    IDocumentSession session,
    IMartenOutbox outbox,
    IHttpContextAccessor httpContextAccessor,
    ICurrentActor actor)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, ICommand<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        outbox.Enroll(session);
        session.CorrelationId ??= httpContextAccessor.HttpContext?.TraceIdentifier;

        var response = await next(message, cancellationToken);

        ActingHeaders.Record(session, actor);
        await session.SaveChangesAsync(cancellationToken);

        return response;
    }
}
