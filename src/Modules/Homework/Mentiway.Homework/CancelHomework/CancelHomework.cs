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

namespace Mentiway.Homework.CancelHomework;

public sealed record CancelHomeworkRequest(string? Reason);

public sealed record CancelHomework(Guid HomeworkId, CancelHomeworkRequest Cancellation, long? ExpectedVersion)
    : ICommand<CreatedResource>;

public sealed class CancelHomeworkValidator : AbstractValidator<CancelHomework>
{
    public CancelHomeworkValidator() =>
        RuleFor(x => x.Cancellation.Reason).SingleLineText(1000).OverridePropertyName("reason");
}

public sealed class CancelHomeworkHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<CancelHomework, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(CancelHomework command, CancellationToken cancellationToken)
    {
        var (stream, _) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustBeItsMentorAsync(
                session, stored, "Only the pair's mentor cancels homework.", cancellationToken),
            cancellationToken);
        HomeworkLifecycle.EnsureAllowed(stream.Aggregate!, HomeworkAction.Cancel);

        var cancelled = new HomeworkCancelled(command.Cancellation.Reason!.Trim(), actor.Subject, clock.GetUtcNow());
        var item = await HomeworkStreams.Append(stream, cancelled, outbox);

        return new CreatedResource(item.Id, item.Version);
    }
}

internal static class CancelHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/cancel", async (
                Guid homeworkId,
                CancelHomeworkRequest body,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
                ChangeAnswers.Changed(
                    http.Response,
                    await sender.Send(new CancelHomework(homeworkId, body, http.Request.ExpectedVersion()), ct)))
            .WithName(nameof(CancelHomework))
            .WithSummary("Cancel open homework, with a reason; its history stays readable")
            .ProducesChange();
}
