using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.BuildingBlocks.Validation;
using Mentiway.Homework.Http;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Homework.NoteProgress;

public sealed record NoteProgressRequest(string? Note);

public sealed record NoteProgress(Guid HomeworkId, NoteProgressRequest Progress, long? ExpectedVersion)
    : ICommand<CreatedResource>;

public sealed class NoteProgressValidator : AbstractValidator<NoteProgress>
{
    public const int MaxNoteLength = 4000;

    public NoteProgressValidator() =>
        RuleFor(x => x.Progress.Note)
            .NotEmpty().WithMessage("must not be empty or blank")
            .MultiLineText(MaxNoteLength)
            .OverridePropertyName("note");
}

public sealed class NoteProgressHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<NoteProgress, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(NoteProgress command, CancellationToken cancellationToken)
    {
        var (stream, _) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustBeItsAssigneeAsync(
                session, stored, "Only the person the homework is for notes progress on it.", cancellationToken),
            cancellationToken);
        HomeworkLifecycle.EnsureAllowed(stream.Aggregate!, HomeworkAction.NoteProgress);

        var noted = new HomeworkProgressNoted(command.Progress.Note!.Trim(), actor.Subject, clock.GetUtcNow());
        var item = await HomeworkStreams.Append(stream, noted, outbox);

        return new CreatedResource(item.Id, item.Version);
    }
}

internal static class NoteProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/progress", async (
                Guid homeworkId,
                NoteProgressRequest body,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
                ChangeAnswers.Changed(
                    http.Response,
                    await sender.Send(new NoteProgress(homeworkId, body, http.Request.ExpectedVersion()), ct)))
            .WithName(nameof(NoteProgress))
            .WithSummary("Add a progress note to open homework")
            .ProducesChange();
}
