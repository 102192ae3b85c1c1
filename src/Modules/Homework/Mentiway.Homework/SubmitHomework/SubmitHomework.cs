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

namespace Mentiway.Homework.SubmitHomework;

public sealed record SubmitHomeworkRequest(string? Results, string? Reflection);

public sealed record SubmitHomework(Guid HomeworkId, SubmitHomeworkRequest Submission, long? ExpectedVersion)
    : ICommand<CreatedResource>;

public sealed class SubmitHomeworkValidator : AbstractValidator<SubmitHomework>
{
    public const int MaxTextLength = 8000;

    public SubmitHomeworkValidator()
    {
        RuleFor(x => x.Submission.Results)
            .NotEmpty().WithMessage("must not be empty or blank")
            .MultiLineText(MaxTextLength)
            .OverridePropertyName("results");
        RuleFor(x => x.Submission.Reflection)
            .NotEmpty().WithMessage("must not be empty or blank")
            .MultiLineText(MaxTextLength)
            .OverridePropertyName("reflection");
    }
}

public sealed class SubmitHomeworkHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<SubmitHomework, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(SubmitHomework command, CancellationToken cancellationToken)
    {
        var (stream, _) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustBeItsAssigneeAsync(
                session, stored, "Only the person the homework is for submits it.", cancellationToken),
            cancellationToken);
        HomeworkLifecycle.EnsureAllowed(stream.Aggregate!, HomeworkAction.Submit);

        var submitted = new HomeworkSubmitted(
            command.Submission.Results!.Trim(),
            command.Submission.Reflection!.Trim(),
            actor.Subject,
            clock.GetUtcNow());
        var item = await HomeworkStreams.Append(stream, submitted, outbox);

        return new CreatedResource(item.Id, item.Version);
    }
}

internal static class SubmitHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/submit", async (
                Guid homeworkId,
                SubmitHomeworkRequest body,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
                ChangeAnswers.Changed(
                    http.Response,
                    await sender.Send(new SubmitHomework(homeworkId, body, http.Request.ExpectedVersion()), ct)))
            .WithName(nameof(SubmitHomework))
            .WithSummary("Submit homework in progress with its results and a reflection; it then waits for feedback")
            .ProducesChange();
}
