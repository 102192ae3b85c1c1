using Mentiway.BuildingBlocks.Actors;

namespace Mentiway.Host.Identity;

internal static class EnrolmentLinking
{
    /// <summary>
    /// Looks up the caller's enrolments at the start of each authenticated request, so that a person's first token
    /// is linked to their enrolments before any use case loads one of them (and would save a copy without the
    /// link). The answer is kept for the rest of the request.
    /// </summary>
    public static IApplicationBuilder UseEnrolmentLinking(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.HasClaim(claim => claim.Type == ActorClaims.Subject))
            {
                var actor = context.RequestServices.GetRequiredService<ICurrentActor>();
                await actor.MembershipsAsync(context.RequestAborted);
            }

            await next(context);
        });
}
