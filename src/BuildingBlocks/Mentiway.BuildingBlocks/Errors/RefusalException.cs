namespace Mentiway.BuildingBlocks.Errors;

/// <summary>
/// A request the platform refuses for a reason the caller can act on. The host turns each kind into its status code
/// and a problem details body; the message is written for the caller and never holds internal detail.
/// </summary>
public abstract class RefusalException(string message) : Exception(message);

/// <summary>The route names something that does not exist, or that the caller may not see (404).</summary>
public sealed class NotFoundException : RefusalException
{
    public NotFoundException(string what, Guid id)
        : base($"No {what} with id {id}.")
    {
    }

    /// <summary>For addresses that are not ids (a link), where naming an internal id would leak it.</summary>
    public NotFoundException(string message)
        : base(message)
    {
    }
}

/// <summary>The change is not allowed in the resource's current state (409).</summary>
public sealed class ConflictException(string message, string? currentState = null) : RefusalException(message)
{
    public string? CurrentState { get; } = currentState;
}

/// <summary>The caller may see the resource but not do this to it (403).</summary>
public sealed class ForbiddenException(string message) : RefusalException(message);
