using Mentiway.BuildingBlocks.Errors;

namespace Mentiway.BuildingBlocks.Access;

/// <summary>How the caller stands toward one resource. Strangers learn nothing, not even that it exists.</summary>
public enum Relation
{
    Stranger,
    Coordinator,
    Mentor,
    Mentee,

    /// <summary>The resource is the caller's own participant (their inbox, their timeline, their enrolment).</summary>
    Self,
}

/// <summary>
/// The caller's relation to one resource, the participant they act as there (none for an admin from outside the
/// programme), and whether the token makes them an admin, who may see and do everything.
/// </summary>
public sealed record Standing(Relation Relation, Guid? ParticipantId, bool IsAdmin)
{
    public bool MaySee => IsAdmin || Relation != Relation.Stranger;

    public bool Is(Relation relation) => Relation == relation;

    /// <summary>A resource the caller may not see answers 404, exactly like one that does not exist.</summary>
    public Standing MustSee(string what, Guid id) => MaySee ? this : throw new NotFoundException(what, id);

    /// <summary>
    /// Sees it, yet may not do this (403): a mentee may read the session but not cancel it. A stranger still gets
    /// the 404 of <see cref="MustSee"/>, so that the answer never tells them the resource exists.
    /// </summary>
    public Standing MustBe(string what, Guid id, string refusal, params Relation[] allowed)
    {
        MustSee(what, id);

        return IsAdmin || allowed.Contains(Relation) ? this : throw new ForbiddenException(refusal);
    }
}
