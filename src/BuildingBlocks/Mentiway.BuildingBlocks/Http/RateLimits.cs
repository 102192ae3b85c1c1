namespace Mentiway.BuildingBlocks.Http;

/// <summary>Names of the host's rate-limiting policies that a module's endpoints may ask for.</summary>
public static class RateLimits
{
    /// <summary>For endpoints anyone may call without a token (a co-worker's link): limited per address.</summary>
    public const string Anonymous = "anonymous";
}
