using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Http;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Homework.ChangeDueMoment;

/// <summary>The new due moment: an instant (dueAt) or a day in the assignee's zone (dueOn), exactly one.</summary>
public sealed record ChangeDueMomentRequest(DateTimeOffset? DueAt = null, DateOnly? DueOn = null);

public sealed record ChangeDueMoment(Guid HomeworkId, ChangeDueMomentRequest Due, long? ExpectedVersion)
    : ICommand<CreatedResource>;

public sealed class ChangeDueMomentValidator : AbstractValidator<ChangeDueMoment>
{
    public ChangeDueMomentValidator()
    {
        RuleFor(x => x.Due.DueAt)
            .NotNull().When(x => x.Due.DueOn is null)
            .WithMessage("give dueAt (an instant with offset) or dueOn (a day)")
            .OverridePropertyName("dueAt");
        RuleFor(x => x.Due.DueOn)
            .Null().When(x => x.Due.DueAt is not null)
            .WithMessage("give either dueAt or dueOn, not both")
            .OverridePropertyName("dueOn");
        RuleFor(x => x.Due.DueAt)
            .Must(MentiwayRules.IsPlausible).WithMessage(MentiwayRules.PlausibleRangeMessage)
            .OverridePropertyName("dueAt");
        RuleFor(x => x.Due.DueOn)
            .Must(MentiwayRules.IsPlausible).WithMessage(MentiwayRules.PlausibleRangeMessage)
            .OverridePropertyName("dueOn");
    }
}

public sealed class ChangeDueMomentHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ChangeDueMoment, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(ChangeDueMoment command, CancellationToken cancellationToken)
    {
        var (stream, _) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustBeItsMentorAsync(
                session, stored, "Only the pair's mentor changes when homework is due.", cancellationToken),
            cancellationToken);
        HomeworkLifecycle.EnsureAllowed(stream.Aggregate!, HomeworkAction.ChangeDue);

        var dueAt = command.Due.DueAt?.ToUniversalTime()
            ?? await EndOfDayForAssignee(stream.Aggregate!, command.Due.DueOn!.Value, cancellationToken);
        var changed = new HomeworkDueChanged(dueAt, actor.Subject, clock.GetUtcNow());
        var item = await HomeworkStreams.Append(stream, changed, outbox);

        return new CreatedResource(item.Id, item.Version);
    }

    private async Task<DateTimeOffset> EndOfDayForAssignee(
        HomeworkItem item,
        DateOnly day,
        CancellationToken cancellationToken)
    {
        var person = await session.LoadAsync<KnownParticipant>(item.AssigneeId, cancellationToken)
            ?? throw new ConflictException("The assignee's time zone is not known here yet; try again shortly.");

        return DueMoments.EndOfDay(day, person.TimeZone);
    }
}

internal static class ChangeDueMomentEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/due", async (
                Guid homeworkId,
                ChangeDueMomentRequest body,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
                ChangeAnswers.Changed(
                    http.Response,
                    await sender.Send(new ChangeDueMoment(homeworkId, body, http.Request.ExpectedVersion()), ct)))
            .WithName(nameof(ChangeDueMoment))
            .WithSummary("Change when open homework is due: an instant, or a day in the assignee's time zone")
            .ProducesChange();
}
