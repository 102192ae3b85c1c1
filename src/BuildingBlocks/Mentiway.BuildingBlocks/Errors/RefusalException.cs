namespace Mentiway.BuildingBlocks.Errors;

/// <summary>
/// A request the platform refuses for a reason the caller can act on. The host turns each kind into its status code
/// and a problem details body; the message is written for the caller and never holds internal detail.
/// </summary>
public abstract class RefusalException(string message) : Exception(message);

/// <summary>The route names something that does not exist, or that the caller may not see (404).</summary>
public sealed class NotFoundException(string what, Guid id) : RefusalException($"No {what} with id {id}.");

/// <summary>The change is not allowed in the resource's current state (409).</summary>
public sealed class ConflictException(string message, string? currentState = null) : RefusalException(message)
{
    public string? CurrentState { get; } = currentState;
}
