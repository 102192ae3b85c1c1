using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Homework.Contracts;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;
using HomeworkAssigned = Mentiway.Homework.Items.HomeworkAssigned;

namespace Mentiway.Homework.AssignHomework;

/// <summary>
/// Homework set at a session. The due moment is an instant (dueAt) or a day in the assignee's zone (dueOn), not
/// both. Without either, the mentor's preparation is due when its session starts (if it has not started yet);
/// anything else when the pair's next scheduled session starts, else at this session's start plus the cadence.
/// </summary>
public sealed record AssignHomeworkRequest(
    string? Assignee,
    string? Title,
    string? Instructions = null,
    DateTimeOffset? DueAt = null,
    DateOnly? DueOn = null);

public sealed record AssignHomework(Guid SessionId, AssignHomeworkRequest Homework) : ICommand<CreatedResource>;

public sealed class AssignHomeworkValidator : AbstractValidator<AssignHomework>
{
    public const int MaxTitleLength = 200;
    public const int MaxInstructionsLength = 4000;

    public AssignHomeworkValidator()
    {
        RuleFor(x => x.Homework.Assignee)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"must be given: one of {EnumText.Choices<HomeworkAssignee>()}")
            .Must(EnumText.IsValid<HomeworkAssignee>)
            .WithMessage($"must be one of {EnumText.Choices<HomeworkAssignee>()}")
            .OverridePropertyName("assignee");
        RuleFor(x => x.Homework.Title).SingleLineText(MaxTitleLength).OverridePropertyName("title");
        RuleFor(x => x.Homework.Instructions)
            .MultiLineText(MaxInstructionsLength)
            .OverridePropertyName("instructions");
        RuleFor(x => x.Homework.DueOn)
            .Null().When(x => x.Homework.DueAt is not null)
            .WithMessage("give either dueAt or dueOn, not both")
            .OverridePropertyName("dueOn");
        RuleFor(x => x.Homework.DueAt)
            .Must(MentiwayRules.IsPlausible).WithMessage(MentiwayRules.PlausibleRangeMessage)
            .OverridePropertyName("dueAt");
        RuleFor(x => x.Homework.DueOn)
            .Must(MentiwayRules.IsPlausible).WithMessage(MentiwayRules.PlausibleRangeMessage)
            .OverridePropertyName("dueOn");
    }
}

public sealed class AssignHomeworkHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<AssignHomework, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(AssignHomework command, CancellationToken cancellationToken)
    {
        var setAt = await session.LoadAsync<KnownSession>(command.SessionId, cancellationToken)
            ?? throw new NotFoundException("session", command.SessionId);
        (await actor.InPairOfAsync(session, setAt.PairId, cancellationToken)).MustBe(
            "session", setAt.Id, "Only the pair's mentor sets homework.", Relation.Mentor);
        var pair = await PairTakingHomework(setAt, cancellationToken);

        var assignee = EnumText.ParseOrNull<HomeworkAssignee>(command.Homework.Assignee)!.Value;
        var assigneeId = assignee == HomeworkAssignee.Mentee ? pair.MenteeId : pair.MentorId;
        var dueAt = await DueMoment(command.Homework, setAt, assignee, assigneeId, cancellationToken);

        var assigned = new HomeworkAssigned(
            HomeworkId: Guid.CreateVersion7(),
            SessionId: setAt.Id,
            PairId: pair.Id,
            Assignee: assignee,
            AssigneeId: assigneeId,
            Title: command.Homework.Title!.Trim(),
            Instructions: command.Homework.Instructions?.Trim() ?? string.Empty,
            DueAt: dueAt,
            By: actor.Subject,
            At: clock.GetUtcNow());
        var item = await HomeworkStreams.Start(session, assigned, outbox);

        return new CreatedResource(item.Id, item.Version);
    }

    // Held and scheduled sessions take homework; a cancelled one, or one of a closed pair, does not.
    private async Task<KnownPair> PairTakingHomework(KnownSession setAt, CancellationToken cancellationToken)
    {
        if (setAt.Status == KnownSessionStatus.Cancelled)
        {
            throw new ConflictException("The session was cancelled: it takes no homework.", "cancelled");
        }

        var pair = await session.LoadAsync<KnownPair>(setAt.PairId, cancellationToken)
            ?? throw new ConflictException("The session's pair is not known here yet; try again shortly.");

        return pair.IsClosed
            ? throw new ConflictException("The session's pair is closed: it takes no homework.", "closed")
            : pair;
    }

    private async Task<DateTimeOffset> DueMoment(
        AssignHomeworkRequest request,
        KnownSession setAt,
        HomeworkAssignee assignee,
        Guid assigneeId,
        CancellationToken cancellationToken)
    {
        if (request.DueAt is { } dueAt)
        {
            return dueAt.ToUniversalTime();
        }

        if (request.DueOn is { } dueOn)
        {
            var person = await session.LoadAsync<KnownParticipant>(assigneeId, cancellationToken)
                ?? throw new ConflictException("The assignee's time zone is not known here yet; try again shortly.");

            return DueMoments.EndOfDay(dueOn, person.TimeZone);
        }

        if (assignee == HomeworkAssignee.Mentor && setAt.StartsAt > clock.GetUtcNow())
        {
            return setAt.StartsAt;
        }

        if (await SessionCalendar.NextScheduledAfter(session, setAt, cancellationToken) is { } next)
        {
            return next.StartsAt;
        }

        var programme = await session.LoadAsync<KnownProgramme>(setAt.ProgrammeId, cancellationToken)
            ?? throw new ConflictException("The session's programme is not known here yet; try again shortly.");

        return setAt.StartsAt.AddDays(programme.CadenceDays);
    }
}

internal static class AssignHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sessions/{sessionId:guid}/homework", async (
                Guid sessionId,
                AssignHomeworkRequest body,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var created = await sender.Send(new AssignHomework(sessionId, body), ct);
                response.WriteETag(created.Version!.Value);

                return Results.Created($"/api/homework/{created.Id}", created);
            })
            .WithName(nameof(AssignHomework))
            .WithSummary("Set homework at a session, for the mentee or as the mentor's preparation")
            .Produces<CreatedResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
