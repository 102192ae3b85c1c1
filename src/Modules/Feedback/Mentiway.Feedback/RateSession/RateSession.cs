using System.Text.Json;
using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Identifiers;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Feedback.Access;
using Mentiway.Feedback.Contracts;
using Mentiway.Feedback.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Feedback.RateSession;

public sealed record RateSessionRequest(int? Rating, string? Comment);

public sealed record RateSession(Guid SessionId, RateSessionRequest Rating) : ICommand<RatingSaved>;

public sealed record RatingSaved(Guid Id, bool Replaced);

public sealed class RateSessionValidator : AbstractValidator<RateSession>
{
    public RateSessionValidator()
    {
        RuleFor(x => x.Rating.Rating)
            .NotNull().WithMessage("must be given")
            .InclusiveBetween(1, 5)
            .OverridePropertyName("rating");
        RuleFor(x => x.Rating.Comment).MultiLineText(2000).OverridePropertyName("comment");
    }
}

public sealed class RateSessionHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<RateSession, RatingSaved>
{
    private static readonly Guid IdNamespace = new("a3c5e0f2-8b1d-4f6a-9c27-5e8d1b0f4a63");

    public async ValueTask<RatingSaved> Handle(RateSession command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownSession>(command.SessionId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Session, command.SessionId);

        var standing = (await actor.TowardSessionAsync(session, known, cancellationToken)).MustBe(
            FeedbackStandings.Session,
            known.Id,
            "Only the pair's mentor and mentee rate its sessions.",
            Relation.Mentor,
            Relation.Mentee);

        OnlyAHeldSessionIsLookedBackOn(known);
        var pair = await session.LoadAsync<KnownPair>(known.PairId, cancellationToken)
            ?? throw new NotFoundException(FeedbackStandings.Session, command.SessionId);

        var now = clock.GetUtcNow();
        var id = NameBasedGuid.Create(IdNamespace, $"{known.Id:N}/{actor.Subject}");
        var earlier = await session.LoadAsync<SessionRating>(id, cancellationToken);
        RatingCanBeChangedOnlyWithinAWeek(earlier, now);

        var rating = new SessionRating(
            id,
            known.Id,
            known.PairId,
            pair.ProgrammeId,
            actor.Subject,
            command.Rating.Rating!.Value,
            string.IsNullOrWhiteSpace(command.Rating.Comment) ? null : command.Rating.Comment.Trim(),
            FirstRatedAt: earlier?.FirstRatedAt ?? now,
            RatedAt: now,
            RatedByParticipantId: standing.ParticipantId);

        session.Store(rating);

        await outbox.PublishAsync(new SessionRated(rating.SessionId, rating.PairId, rating.Rating, now, actor.Subject));

        return new RatingSaved(id, Replaced: earlier is not null);
    }

    internal static void OnlyAHeldSessionIsLookedBackOn(KnownSession session)
    {
        if (session.Status != KnownSessionStatus.Held)
        {
            throw new ConflictException(
                "Only a held session can be rated or reflected on.",
                JsonNamingPolicy.CamelCase.ConvertName(session.Status.ToString()));
        }
    }

    private static void RatingCanBeChangedOnlyWithinAWeek(SessionRating? earlier, DateTimeOffset now)
    {
        if (earlier is not null && now > earlier.EditableUntil)
        {
            throw new ConflictException(
                $"A rating can be changed for {SessionRating.EditableFor.Days} days; this one is final.",
                "final");
        }
    }
}

internal static class RateSessionEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{sessionId:guid}/ratings", async (
                Guid sessionId,
                RateSessionRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                var saved = await sender.Send(new RateSession(sessionId, body), ct);
                var created = new CreatedResource(saved.Id);

                return saved.Replaced
                    ? Results.Ok(created)
                    : Results.Created($"/api/sessions/{sessionId}/ratings/{saved.Id}", created);
            })
            .WithName(nameof(RateSession))
            .WithSummary("Rate a held session 1 to 5, once per person; it can be changed for 7 days")
            .Produces<CreatedResource>(StatusCodes.Status201Created)
            .Produces<CreatedResource>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
