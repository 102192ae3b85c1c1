using FluentValidation;
using Marten;
using Mentiway.BuildingBlocks.Access;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Programmes.Contracts;
using Mentiway.Programmes.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Programmes.UpdateParticipant;

/// <summary>Either field may be left out; what is given replaces the current value.</summary>
public sealed record UpdateParticipantRequest(string? DisplayName = null, string? TimeZone = null);

public sealed record UpdateParticipant(Guid ParticipantId, UpdateParticipantRequest Changes) : ICommand<Guid>;

public sealed class UpdateParticipantValidator : AbstractValidator<UpdateParticipant>
{
    public UpdateParticipantValidator()
    {
        RuleFor(x => x.Changes)
            .Must(changes => changes.DisplayName is not null || changes.TimeZone is not null)
            .WithMessage("must change displayName, timeZone or both")
            .OverridePropertyName("body");
        RuleFor(x => x.Changes.DisplayName)
            .SingleLineText(200)
            .When(x => x.Changes.DisplayName is not null)
            .OverridePropertyName("displayName");
        RuleFor(x => x.Changes.TimeZone)
            .IanaTimeZone()
            .When(x => x.Changes.TimeZone is not null)
            .OverridePropertyName("timeZone");
    }
}

public sealed class UpdateParticipantHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<UpdateParticipant, Guid>
{
    public async ValueTask<Guid> Handle(UpdateParticipant command, CancellationToken cancellationToken)
    {
        var participant = await session.LoadAsync<Participant>(command.ParticipantId, cancellationToken)
            ?? throw new NotFoundException("participant", command.ParticipantId);

        (await actor.TowardParticipantAsync(participant.Id, participant.ProgrammeId, cancellationToken)).MustBe(
            "participant", participant.Id, "Only the person themself or the programme's coordinators change these.",
            Relation.Self, Relation.Coordinator);

        var updated = participant with
        {
            DisplayName = command.Changes.DisplayName?.Trim() ?? participant.DisplayName,
            TimeZone = command.Changes.TimeZone ?? participant.TimeZone,
        };

        session.Update(updated);

        await outbox.PublishAsync(new ParticipantUpdated(
            updated.Id,
            updated.ProgrammeId,
            updated.DisplayName,
            updated.TimeZone,
            clock.GetUtcNow(),
            actor.Subject));

        return updated.Id;
    }
}

internal static class UpdateParticipantEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/participants/{participantId:guid}", async (
                Guid participantId,
                UpdateParticipantRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                await sender.Send(new UpdateParticipant(participantId, body), ct);

                return Results.NoContent();
            })
            .WithName(nameof(UpdateParticipant))
            .WithSummary("Change a participant's display name or time zone")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
