namespace Mentiway.BuildingBlocks.Access;

/// <summary>
/// The authorization policies endpoints declare. The policy only lets a person in; what they may see and do is
/// decided by the use case from their <see cref="Standing"/> toward the resource.
/// </summary>
public static class AccessPolicies
{
    /// <summary>A token that names a person (a subject). Every mentoring endpoint but the co-worker link.</summary>
    public const string Person = "mentiway:person";
}
