using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.Notifications.Documents;

namespace Mentiway.Notifications.Access;

/// <summary>
/// An inbox is personal: only its participant (and an admin) reads it or marks entries read. The coordinator of
/// their programme knows the participant exists and is told no (403); anyone else learns nothing (404).
/// </summary>
internal static class InboxOwner
{
    public static async Task<Standing> MustBeTheOwner(
        ICurrentActor actor,
        Recipient recipient,
        CancellationToken cancellationToken)
    {
        var standing = await actor.TowardParticipantAsync(recipient.Id, recipient.ProgrammeId, cancellationToken);

        return standing.MustBe(
            "participant", recipient.Id, "Only the participant themself reads their notifications.", Relation.Self);
    }
}
