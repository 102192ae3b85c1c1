using FluentValidation;
using Marten;
using Mentiway.BuildingBlocks.Access;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Programmes.Contracts;
using Mentiway.Programmes.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Programmes.FormPair;

public sealed record FormPairRequest(Guid? MentorId, Guid? MenteeId, string? Goal);

public sealed record FormPair(Guid ProgrammeId, FormPairRequest Pair) : ICommand<Guid>;

public sealed class FormPairValidator : AbstractValidator<FormPair>
{
    public FormPairValidator()
    {
        RuleFor(x => x.Pair.MentorId).NotEmpty().WithMessage("must be given").OverridePropertyName("mentorId");
        RuleFor(x => x.Pair.MenteeId).NotEmpty().WithMessage("must be given").OverridePropertyName("menteeId");
        RuleFor(x => x.Pair.MenteeId)
            .NotEqual(x => x.Pair.MentorId).WithMessage("must differ from mentorId: nobody mentors themself")
            .When(x => x.Pair.MentorId is not null && x.Pair.MentorId != Guid.Empty)
            .OverridePropertyName("menteeId");
        RuleFor(x => x.Pair.Goal).SingleLineText(1000).OverridePropertyName("goal");
    }
}

public sealed class FormPairHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<FormPair, Guid>
{
    public async ValueTask<Guid> Handle(FormPair command, CancellationToken cancellationToken)
    {
        _ = await session.LoadAsync<Programme>(command.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("programme", command.ProgrammeId);

        (await actor.InProgrammeAsync(command.ProgrammeId, cancellationToken)).MustBe(
            "programme", command.ProgrammeId, "Only the programme's coordinators form pairs.", Relation.Coordinator);

        var mentor = await LoadEnrolled(
            command, command.Pair.MentorId!.Value, ParticipantRole.Mentor, "mentorId", cancellationToken);
        var mentee = await LoadEnrolled(
            command, command.Pair.MenteeId!.Value, ParticipantRole.Mentee, "menteeId", cancellationToken);
        await MenteeHasNoActivePair(mentee, cancellationToken);

        var pair = new Pair(
            Id: Guid.CreateVersion7(),
            ProgrammeId: command.ProgrammeId,
            MentorId: mentor.Id,
            MenteeId: mentee.Id,
            Goal: command.Pair.Goal!.Trim(),
            Status: PairStatus.Active,
            FormedAt: clock.GetUtcNow(),
            FormedBy: actor.Subject);

        session.Insert(pair);

        await outbox.PublishAsync(new PairFormed(
            pair.Id,
            pair.ProgrammeId,
            pair.MentorId,
            pair.MenteeId,
            pair.FormedAt,
            pair.FormedBy));

        return pair.Id;
    }

    private async Task<Participant> LoadEnrolled(
        FormPair command,
        Guid participantId,
        ParticipantRole role,
        string field,
        CancellationToken cancellationToken)
    {
        var participant = await session.LoadAsync<Participant>(participantId, cancellationToken);
        if (participant is null || participant.ProgrammeId != command.ProgrammeId)
        {
            throw InputRejected.Because(field, "is not a participant of this programme");
        }

        if (participant.Role != role)
        {
            throw InputRejected.Because(field, $"must be a {role.ToString().ToLowerInvariant()} of this programme");
        }

        return participant;
    }

    // The unique index on the active mentee key settles a race; this check gives the usual case a clear message.
    private async Task MenteeHasNoActivePair(Participant mentee, CancellationToken cancellationToken)
    {
        var hasActivePair = await session.Query<Pair>()
            .AnyAsync(x => x.MenteeId == mentee.Id && x.Status == PairStatus.Active, cancellationToken);

        if (hasActivePair)
        {
            throw new ConflictException("The mentee already has an active pair in this programme.", "active");
        }
    }
}

internal static class FormPairEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programmes/{programmeId:guid}/pairs", async (
                Guid programmeId,
                FormPairRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                var id = await sender.Send(new FormPair(programmeId, body), ct);

                return Results.Created($"/api/pairs/{id}", new CreatedResource(id));
            })
            .WithName(nameof(FormPair))
            .WithSummary("Pair a mentor with a mentee of the same programme")
            .Produces<CreatedResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
