using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Feedback.Contracts;
using Mentiway.Feedback.Documents;
using Mentiway.Feedback.ShowFeedbackLink;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Feedback.AnswerFeedbackLink;

public sealed record AnswerRequest(string? Answer);

public sealed record AnswerFeedbackLink(string Token, AnswerRequest Body) : ICommand<Unit>;

public sealed class AnswerFeedbackLinkValidator : AbstractValidator<AnswerFeedbackLink>
{
    public AnswerFeedbackLinkValidator() =>
        RuleFor(x => x.Body.Answer)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must not be empty or blank")
            .MultiLineText(4000)
            .OverridePropertyName("answer");
}

public sealed class AnswerFeedbackLinkHandler(IDocumentSession session, IMartenOutbox outbox, TimeProvider clock)
    : ICommandHandler<AnswerFeedbackLink, Unit>
{
    public async ValueTask<Unit> Handle(AnswerFeedbackLink command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var link = await FeedbackLinks.FindUsable(session, command.Token, now, cancellationToken);
        var request = await session.LoadAsync<FeedbackRequest>(link.RequestId, cancellationToken)
            ?? throw new NotFoundException(FeedbackLinks.NoSuchLink);

        // A random id, not a time-ordered one: an id that tells when an answer came would tell who wrote it.
        var answer = new CoworkerAnswer(
            Guid.NewGuid(),
            request.Id,
            request.HomeworkId,
            command.Body.Answer!.Trim(),
            AnsweredBy: request.Anonymous ? null : link.Email,
            now);

        // Versions guard both: of two answers racing through one link, or past one count, the second gets a 409.
        var counted = request with { AnsweredCount = request.AnsweredCount + 1 };
        session.Update(link with { Used = true });
        session.Update(counted);
        session.Insert(answer);

        foreach (var told in await AnswersToTell(counted, answer, cancellationToken))
        {
            await outbox.PublishAsync(told);
        }

        return Unit.Value;
    }

    /// <summary>
    /// Named answers are told at once. Anonymous ones are held back until the third arrives, then told together in
    /// the order of their text and with one time, so that neither the item's history nor the mentee's inbox tells
    /// who wrote which by when it came.
    /// </summary>
    private async Task<IReadOnlyList<CoworkerFeedbackAnswered>> AnswersToTell(
        FeedbackRequest request,
        CoworkerAnswer answer,
        CancellationToken cancellationToken)
    {
        if (request.Anonymous == false || request.AnsweredCount > FeedbackRequest.AnonymousAnswersShownFrom)
        {
            return [Told(request, answer, answer.AnsweredAt)];
        }

        if (request.AnswersHidden)
        {
            return [];
        }

        var earlier = await session.Query<CoworkerAnswer>()
            .Where(x => x.RequestId == request.Id)
            .ToListAsync(cancellationToken);

        return earlier.Append(answer)
            .OrderBy(x => x.Text, StringComparer.Ordinal)
            .Select(x => Told(request, x, answer.AnsweredAt))
            .ToList();
    }

    private static CoworkerFeedbackAnswered Told(FeedbackRequest request, CoworkerAnswer answer, DateTimeOffset at) =>
        new(answer.Id, answer.HomeworkId, answer.RequestId, answer.Text, request.Anonymous, at);
}

internal static class AnswerFeedbackLinkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/feedback-links/{token}", async (
                string token,
                AnswerRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                await sender.Send(new AnswerFeedbackLink(token, body), ct);

                return Results.NoContent();
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.Anonymous)
            .WithName(nameof(AnswerFeedbackLink))
            .WithSummary("Answer a feedback request through a single-use link (no account needed)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
