using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Feedback.Documents;
using Mentiway.Feedback.RequestCoworkerFeedback;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Feedback.ShowFeedbackLink;

public sealed record ShowFeedbackLink(string Token) : IQuery<FeedbackLinkView>;

/// <summary>What a co-worker sees behind their link: the question, and whether their answer stays anonymous.</summary>
public sealed record FeedbackLinkView(string Question, bool Anonymous, DateTimeOffset ExpiresAt);

public sealed class ShowFeedbackLinkHandler(IQuerySession session, TimeProvider clock)
    : IQueryHandler<ShowFeedbackLink, FeedbackLinkView>
{
    public async ValueTask<FeedbackLinkView> Handle(ShowFeedbackLink query, CancellationToken cancellationToken)
    {
        var link = await FeedbackLinks.FindUsable(session, query.Token, clock.GetUtcNow(), cancellationToken);
        var request = await session.LoadAsync<FeedbackRequest>(link.RequestId, cancellationToken)
            ?? throw new NotFoundException(FeedbackLinks.NoSuchLink);

        return new FeedbackLinkView(request.Question, request.Anonymous, request.ExpiresAt);
    }
}

/// <summary>
/// Finds the link a token opens. Unknown tokens are 404; a used or expired link is 409 with its state, so the
/// co-worker learns why it no longer works (410 would fit an expired link, but the API keeps one code for both).
/// </summary>
internal static class FeedbackLinks
{
    public const string NoSuchLink = "This feedback link does not exist. Check that it was copied whole.";

    public static async Task<FeedbackLink> FindUsable(
        IQuerySession session,
        string token,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var hash = LinkTokens.HashOf(token);
        var id = LinkTokens.LinkIdOf(hash);
        var link = await session.LoadAsync<FeedbackLink>(id, cancellationToken);
        if (link is null || link.TokenHash != Convert.ToHexString(hash))
        {
            throw new NotFoundException(NoSuchLink);
        }

        if (link.Used)
        {
            throw new ConflictException("This link has been used already; each link takes one answer.", "used");
        }

        if (now >= link.ExpiresAt)
        {
            throw new ConflictException("This link has expired.", "expired");
        }

        return link;
    }
}

internal static class ShowFeedbackLinkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/feedback-links/{token}", async (string token, ISender sender, CancellationToken ct) =>
                Results.Ok(await sender.Send(new ShowFeedbackLink(token), ct)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Anonymous)
            .WithName(nameof(ShowFeedbackLink))
            .WithSummary("Show a co-worker the question behind their single-use link (no account needed)")
            .Produces<FeedbackLinkView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
