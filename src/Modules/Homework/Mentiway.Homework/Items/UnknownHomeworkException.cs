namespace Mentiway.Homework.Items;

/// <summary>
/// Another module's message names an item this module has no stream for. Each module's messages travel on queues
/// of their own, so it cannot be an item assigned a moment ago; Wolverine retries after a pause, and a message
/// that still finds nothing ends in the dead-letter queue to be looked at, not silently dropped.
/// </summary>
public sealed class UnknownHomeworkException(Guid homeworkId)
    : Exception($"No homework item {homeworkId} is known; the message is retried.");
