using FluentValidation;
using Marten;
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

namespace Mentiway.Programmes.LaunchProgramme;

public sealed record LaunchProgrammeRequest(
    string? Name,
    int? CadenceDays,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    string? Description = null,
    string? Goal = null);

public sealed record LaunchProgramme(LaunchProgrammeRequest Programme) : ICommand<Guid>;

public sealed class LaunchProgrammeValidator : AbstractValidator<LaunchProgramme>
{
    public const int MinCadenceDays = 7;
    public const int MaxCadenceDays = 42;
    public const int MaxYears = 10;

    private static readonly DateOnly EarliestStart = new(2000, 1, 1);
    private static readonly DateOnly LatestStart = new(2100, 12, 31);

    public LaunchProgrammeValidator()
    {
        RuleFor(x => x.Programme.Name).SingleLineText(200).OverridePropertyName("name");
        RuleFor(x => x.Programme.Description).MultiLineText(4000).OverridePropertyName("description");
        RuleFor(x => x.Programme.Goal).MultiLineText(1000).OverridePropertyName("goal");
        RuleFor(x => x.Programme.CadenceDays)
            .NotNull().WithMessage("must be given")
            .InclusiveBetween(MinCadenceDays, MaxCadenceDays)
            .WithMessage($"must be between {MinCadenceDays} and {MaxCadenceDays} days")
            .OverridePropertyName("cadenceDays");
        RuleFor(x => x.Programme.StartsOn)
            .NotNull().WithMessage("must be given")
            .InclusiveBetween(EarliestStart, LatestStart).WithMessage("must be a day between 2000 and 2100")
            .OverridePropertyName("startsOn");
        RuleFor(x => x.Programme.EndsOn)
            .NotNull().WithMessage("must be given")
            .Must(MentiwayRules.IsPlausible).WithMessage(MentiwayRules.PlausibleRangeMessage)
            .OverridePropertyName("endsOn");
        RuleFor(x => x.Programme)
            .Must(SpanAtLeastOneCadence)
            .WithMessage("must be after startsOn by at least cadenceDays, and at most 10 years")
            .When(x => x.Programme is { StartsOn: not null, EndsOn: not null, CadenceDays: not null }
                && MentiwayRules.IsPlausible(x.Programme.StartsOn) && MentiwayRules.IsPlausible(x.Programme.EndsOn))
            .OverridePropertyName("endsOn");
    }

    // A programme shorter than one cadence could not hold two sessions of a pair.
    private static bool SpanAtLeastOneCadence(LaunchProgrammeRequest programme) =>
        programme.EndsOn!.Value.DayNumber - programme.StartsOn!.Value.DayNumber >= programme.CadenceDays!.Value
        && programme.EndsOn.Value <= programme.StartsOn.Value.AddYears(MaxYears);
}

public sealed class LaunchProgrammeHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<LaunchProgramme, Guid>
{
    public async ValueTask<Guid> Handle(LaunchProgramme command, CancellationToken cancellationToken)
    {
        if (actor.IsAdmin == false)
        {
            throw new ForbiddenException("Only an admin launches programmes.");
        }

        var request = command.Programme;
        var programme = new Programme(
            Id: Guid.CreateVersion7(),
            Name: request.Name!.Trim(),
            Description: request.Description,
            Goal: request.Goal,
            CadenceDays: request.CadenceDays!.Value,
            StartsOn: request.StartsOn!.Value,
            EndsOn: request.EndsOn!.Value,
            LaunchedAt: clock.GetUtcNow(),
            LaunchedBy: actor.Subject);

        session.Insert(programme);

        await outbox.PublishAsync(new ProgrammeLaunched(
            programme.Id,
            programme.CadenceDays,
            programme.StartsOn,
            programme.EndsOn,
            programme.LaunchedAt,
            programme.LaunchedBy));

        return programme.Id;
    }
}

internal static class LaunchProgrammeEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/programmes", async (LaunchProgrammeRequest body, ISender sender, CancellationToken ct) =>
            {
                var id = await sender.Send(new LaunchProgramme(body), ct);

                return Results.Created($"/api/programmes/{id}", new CreatedResource(id));
            })
            .WithName(nameof(LaunchProgramme))
            .WithSummary("Launch a programme")
            .Produces<CreatedResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
