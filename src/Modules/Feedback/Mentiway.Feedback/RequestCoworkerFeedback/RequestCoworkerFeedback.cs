using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Feedback.Access;
using Mentiway.Feedback.Contracts;
using Mentiway.Feedback.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Feedback.RequestCoworkerFeedback;

public sealed record CoworkerFeedbackRequest(
    string? Question,
    IReadOnlyList<string?>? Emails,
    bool Anonymous = false,
    int? ExpiresInDays = null);

public sealed record RequestCoworkerFeedback(Guid HomeworkId, CoworkerFeedbackRequest Request)
    : ICommand<FeedbackRequestCreated>;

/// <summary>One co-worker's link. The token is shown here once and never again: only its hash is kept.</summary>
public sealed record FeedbackLinkIssued(string Email, string Token, string Path);

public sealed record FeedbackRequestCreated(Guid Id, DateTimeOffset ExpiresAt, IReadOnlyList<FeedbackLinkIssued> Links);

public sealed class RequestCoworkerFeedbackValidator : AbstractValidator<RequestCoworkerFeedback>
{
    public const int MaxPeople = 10;
    public const int DefaultExpiryDays = 14;
    public const int MaxExpiryDays = 90;

    public const int MinPeopleWhenAnonymous = 3;

    public RequestCoworkerFeedbackValidator()
    {
        RuleFor(x => x.Request.Question)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must not be empty or blank")
            .MultiLineText(2000)
            .OverridePropertyName("question");
        RuleFor(x => x.Request.Emails)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must name at least one person")
            .Must(emails => emails!.Count <= MaxPeople).WithMessage($"must name at most {MaxPeople} people")
            .Must(emails => emails!.Distinct(StringComparer.OrdinalIgnoreCase).Count() == emails!.Count)
            .WithMessage("must not name anyone twice")
            .OverridePropertyName("emails");
        RuleForEach(x => x.Request.Emails)
            .Must(MentiwayRules.IsEmailAddress)
            .WithMessage("must each be a single e-mail address such as name@example.org")
            .OverridePropertyName("emails");
        RuleFor(x => x.Request.Emails)
            .Must(emails => emails is null || emails.Count >= MinPeopleWhenAnonymous)
            .WithMessage($"must name at least {MinPeopleWhenAnonymous} people when anonymous: " +
                "anonymous answers are shown only once three have arrived")
            .When(x => x.Request.Anonymous)
            .OverridePropertyName("emails");
        RuleFor(x => x.Request.ExpiresInDays)
            .InclusiveBetween(1, MaxExpiryDays)
            .OverridePropertyName("expiresInDays");
    }
}

public sealed class RequestCoworkerFeedbackHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<RequestCoworkerFeedback, FeedbackRequestCreated>
{
    public async ValueTask<FeedbackRequestCreated> Handle(
        RequestCoworkerFeedback command,
        CancellationToken cancellationToken)
    {
        var item = await session.LoadAsync<HomeworkItem>(command.HomeworkId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Homework, command.HomeworkId);

        var standing = (await actor.TowardHomeworkAsync(session, item, cancellationToken)).MustBe(
            FeedbackStandings.Homework,
            item.Id,
            "Only the person whose item it is asks co-workers for feedback on it.",
            FeedbackStandings.AssigneeOf(item));

        var now = clock.GetUtcNow();
        var days = command.Request.ExpiresInDays ?? RequestCoworkerFeedbackValidator.DefaultExpiryDays;
        var request = new FeedbackRequest(
            Id: Guid.CreateVersion7(),
            HomeworkId: command.HomeworkId,
            Question: command.Request.Question!.Trim(),
            Anonymous: command.Request.Anonymous,
            InvitedCount: command.Request.Emails!.Count,
            ExpiresAt: now.AddDays(days),
            RequestedAt: now,
            RequestedBy: actor.Subject,
            RequestedByParticipantId: standing.ParticipantId);

        session.Insert(request);
        var links = command.Request.Emails.Select(email => IssueLink(request, email!)).ToList();

        await outbox.PublishAsync(new FeedbackRequested(
            request.Id,
            request.HomeworkId,
            request.Question,
            request.InvitedCount,
            request.Anonymous,
            request.ExpiresAt,
            request.RequestedAt,
            request.RequestedBy));

        return new FeedbackRequestCreated(request.Id, request.ExpiresAt, links);
    }

    private FeedbackLinkIssued IssueLink(FeedbackRequest request, string email)
    {
        var token = LinkTokens.NewToken();
        var hash = LinkTokens.HashOf(token);

        session.Insert(new FeedbackLink(
            LinkTokens.LinkIdOf(hash),
            Convert.ToHexString(hash),
            request.Id,
            request.HomeworkId,
            email,
            request.ExpiresAt));

        return new FeedbackLinkIssued(email, token, $"/api/feedback-links/{token}");
    }
}

internal static class RequestCoworkerFeedbackEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/feedback-requests", async (
                Guid homeworkId,
                CoworkerFeedbackRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                var created = await sender.Send(new RequestCoworkerFeedback(homeworkId, body), ct);

                return Results.Created($"/api/homework/{homeworkId}/feedback-requests", created);
            })
            .WithName(nameof(RequestCoworkerFeedback))
            .WithSummary("Ask up to 10 co-workers for feedback on a homework item; answers the single-use links")
            .Produces<FeedbackRequestCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
