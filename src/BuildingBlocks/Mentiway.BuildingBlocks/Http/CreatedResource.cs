using System.Text.Json.Serialization;

namespace Mentiway.BuildingBlocks.Http;

/// <summary>What a command answers: the id of what it created (and, for event streams, the stream version).</summary>
public sealed record CreatedResource(
    Guid Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Version = null);
