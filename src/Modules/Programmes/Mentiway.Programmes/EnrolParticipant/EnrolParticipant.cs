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

namespace Mentiway.Programmes.EnrolParticipant;

public sealed record EnrolParticipantRequest(
    string? DisplayName,
    string? Email,
    string? Role,
    string? TimeZone);

public sealed record EnrolParticipant(Guid ProgrammeId, EnrolParticipantRequest Participant) : ICommand<Guid>;

public sealed class EnrolParticipantValidator : AbstractValidator<EnrolParticipant>
{
    public EnrolParticipantValidator()
    {
        RuleFor(x => x.Participant.DisplayName).SingleLineText(200).OverridePropertyName("displayName");
        RuleFor(x => x.Participant.Email).EmailAddress().OverridePropertyName("email");
        RuleFor(x => x.Participant.Role)
            .Must(role => role is not null && EnumText.IsValid<ParticipantRole>(role))
            .WithMessage($"must be one of {EnumText.Choices<ParticipantRole>()}")
            .OverridePropertyName("role");
        RuleFor(x => x.Participant.TimeZone).IanaTimeZone().OverridePropertyName("timeZone");
    }
}

public sealed class EnrolParticipantHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<EnrolParticipant, Guid>
{
    public async ValueTask<Guid> Handle(EnrolParticipant command, CancellationToken cancellationToken)
    {
        _ = await session.LoadAsync<Programme>(command.ProgrammeId, cancellationToken)
            ?? throw new NotFoundException("programme", command.ProgrammeId);

        (await actor.InProgrammeAsync(command.ProgrammeId, cancellationToken)).MustBe(
            "programme", command.ProgrammeId, "Only the programme's coordinators enrol people.", Relation.Coordinator);

        var request = command.Participant;
        await EnsureNotYetEnrolled(command.ProgrammeId, request.Email!, cancellationToken);

        var participant = new Participant(
            Id: Guid.CreateVersion7(),
            ProgrammeId: command.ProgrammeId,
            Role: EnumText.ParseOrNull<ParticipantRole>(request.Role)!.Value,
            DisplayName: request.DisplayName!.Trim(),
            Email: request.Email!,
            TimeZone: request.TimeZone!,
            EnrolledAt: clock.GetUtcNow(),
            EnrolledBy: actor.Subject);

        session.Insert(participant);

        await outbox.PublishAsync(new ParticipantEnrolled(
            participant.Id,
            participant.ProgrammeId,
            participant.Role,
            participant.DisplayName,
            participant.Email,
            participant.TimeZone,
            participant.EnrolledAt,
            participant.EnrolledBy));

        return participant.Id;
    }

    // The unique index on the enrolment key settles a race; this check gives the usual case a clear message.
    private async Task EnsureNotYetEnrolled(Guid programmeId, string email, CancellationToken cancellationToken)
    {
        var key = Participant.KeyFor(programmeId, email);
        var enrolled = await session.Query<Participant>().AnyAsync(x => x.EnrolmentKey == key, cancellationToken);

        if (enrolled)
        {
            throw new ConflictException("A participant with this e-mail is already enrolled in the programme.");
        }
    }
}

internal static class EnrolParticipantEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programmes/{programmeId:guid}/participants", async (
                Guid programmeId,
                EnrolParticipantRequest body,
                ISender sender,
                CancellationToken ct) =>
            {
                var id = await sender.Send(new EnrolParticipant(programmeId, body), ct);

                return Results.Created($"/api/participants/{id}", new CreatedResource(id));
            })
            .WithName(nameof(EnrolParticipant))
            .WithSummary("Enrol a person in a programme as mentor, mentee or coordinator")
            .Produces<CreatedResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
