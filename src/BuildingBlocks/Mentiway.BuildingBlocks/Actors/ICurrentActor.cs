namespace Mentiway.BuildingBlocks.Actors;

/// <summary>
/// Who is acting: the subject of the caller's token. Every change records it; it never comes from a request body.
/// </summary>
public interface ICurrentActor
{
    string Subject { get; }
}
