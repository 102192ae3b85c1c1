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
using Limits = Mentiway.Homework.AssignHomework.AssignHomeworkValidator;

namespace Mentiway.Homework.EditHomework;

/// <summary>Both fields are given: the edit replaces the title and the instructions together.</summary>
public sealed record EditHomeworkRequest(string? Title, string? Instructions);

public sealed record EditHomework(Guid HomeworkId, EditHomeworkRequest Edit, long? ExpectedVersion)
    : ICommand<CreatedResource>;

public sealed class EditHomeworkValidator : AbstractValidator<EditHomework>
{
    public EditHomeworkValidator()
    {
        RuleFor(x => x.Edit.Title).SingleLineText(Limits.MaxTitleLength).OverridePropertyName("title");
        RuleFor(x => x.Edit.Instructions)
            .MultiLineText(Limits.MaxInstructionsLength)
            .OverridePropertyName("instructions");
    }
}

public sealed class EditHomeworkHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<EditHomework, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(EditHomework command, CancellationToken cancellationToken)
    {
        var (stream, _) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustBeItsMentorAsync(
                session, stored, "Only the pair's mentor edits homework.", cancellationToken),
            cancellationToken);
        HomeworkLifecycle.EnsureAllowed(stream.Aggregate!, HomeworkAction.Edit);

        var edited = new HomeworkEdited(
            command.Edit.Title!.Trim(),
            command.Edit.Instructions?.Trim() ?? string.Empty,
            actor.Subject,
            clock.GetUtcNow());
        var item = await HomeworkStreams.Append(stream, edited, outbox);

        return new CreatedResource(item.Id, item.Version);
    }
}

internal static class EditHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/edit", async (
                Guid homeworkId,
                EditHomeworkRequest body,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
                ChangeAnswers.Changed(
                    http.Response,
                    await sender.Send(new EditHomework(homeworkId, body, http.Request.ExpectedVersion()), ct)))
            .WithName(nameof(EditHomework))
            .WithSummary("Edit the title and instructions of homework not yet submitted")
            .ProducesChange();
}
