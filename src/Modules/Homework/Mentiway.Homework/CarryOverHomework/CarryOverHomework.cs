using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Http;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Homework.CarryOverHomework;

/// <summary>Without toSessionId the item goes to the pair's next scheduled session after its current one.</summary>
public sealed record CarryOverHomeworkRequest(Guid? ToSessionId = null, string? Reason = null);

public sealed record CarryOverHomework(Guid HomeworkId, CarryOverHomeworkRequest CarryOver, long? ExpectedVersion)
    : ICommand<CreatedResource>;

public sealed class CarryOverHomeworkValidator : AbstractValidator<CarryOverHomework>
{
    public CarryOverHomeworkValidator()
    {
        RuleFor(x => x.CarryOver.ToSessionId)
            .NotEqual(Guid.Empty).WithMessage("must be a session id, or left out for the next session")
            .OverridePropertyName("toSessionId");
        RuleFor(x => x.CarryOver.Reason)
            .SingleLineText(1000)
            .When(x => x.CarryOver.Reason is not null)
            .OverridePropertyName("reason");
    }
}

public sealed class CarryOverHomeworkHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<CarryOverHomework, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(CarryOverHomework command, CancellationToken cancellationToken)
    {
        var (stream, _) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustBeItsMentorAsync(
                session, stored, "Only the pair's mentor carries homework over.", cancellationToken),
            cancellationToken);
        var item = stream.Aggregate!;
        HomeworkLifecycle.EnsureAllowed(item, HomeworkAction.CarryOver);

        var target = await TargetSession(item, command.CarryOver.ToSessionId, cancellationToken);
        var carried = new HomeworkCarriedOver(
            item.CurrentSessionId,
            target.Id,
            target.StartsAt,
            command.CarryOver.Reason?.Trim(),
            actor.Subject,
            clock.GetUtcNow());
        var changed = await HomeworkStreams.Append(stream, carried, outbox);

        return new CreatedResource(changed.Id, changed.Version);
    }

    private async Task<KnownSession> TargetSession(HomeworkItem item, Guid? toSessionId, CancellationToken ct)
    {
        if (toSessionId is { } id)
        {
            var chosen = await session.LoadAsync<KnownSession>(id, ct);

            return chosen is { Status: KnownSessionStatus.Scheduled } && chosen.PairId == item.PairId
                && chosen.Id != item.CurrentSessionId
                ? chosen
                : throw InputRejected.Because(
                    "toSessionId", "must be another scheduled session of the same pair");
        }

        var current = await session.LoadAsync<KnownSession>(item.CurrentSessionId, ct);
        var next = current is null ? null : await SessionCalendar.NextScheduledAfter(session, current, ct);

        return next ?? throw new ConflictException(
            "The pair has no scheduled session after this one to carry the homework over to.",
            HomeworkLifecycle.StatusText(item.Status));
    }
}

internal static class CarryOverHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/carry-over", async (
                Guid homeworkId,
                CarryOverHomeworkRequest body,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
                ChangeAnswers.Changed(
                    http.Response,
                    await sender.Send(new CarryOverHomework(homeworkId, body, http.Request.ExpectedVersion()), ct)))
            .WithName(nameof(CarryOverHomework))
            .WithSummary("Carry open homework over to another scheduled session of the pair (by default the next)")
            .ProducesChange();
}
