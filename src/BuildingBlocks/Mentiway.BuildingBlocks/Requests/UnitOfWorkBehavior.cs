using Marten;
using Mediator;
using Wolverine.Marten;

namespace Mentiway.BuildingBlocks.Requests;

/// <summary>
/// Wraps each command in one Marten unit of work enrolled in Wolverine's outbox, so that the documents and events a
/// handler stores and the messages it publishes commit together or not at all.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IDocumentSession session, IMartenOutbox outbox)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, ICommand<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        outbox.Enroll(session);

        var response = await next(message, cancellationToken);

        await session.SaveChangesAsync(cancellationToken);

        return response;
    }
}
