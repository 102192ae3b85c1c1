using Mentiway.BuildingBlocks.Errors;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Mentiway.Sessions.FollowProgrammes;

public static class ConflictRetries
{
    /// <summary>
    /// A message delivered twice at once, or racing a request on the same session, loses on a unique key or a
    /// stream version. Handled again a moment later it sees the winner's result and, being idempotent, does nothing
    /// or only what is still left to do.
    /// </summary>
    public static void RetryOnConflicts(this HandlerChain chain) =>
        chain.OnException(ConcurrencyConflicts.IsConflict, "a concurrent change to the same document or stream")
            .RetryWithCooldown(
                TimeSpan.FromMilliseconds(50),
                TimeSpan.FromMilliseconds(200),
                TimeSpan.FromMilliseconds(500));
}
