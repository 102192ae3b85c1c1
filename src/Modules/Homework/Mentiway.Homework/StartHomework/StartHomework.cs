using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.Homework.Http;
using Mentiway.Homework.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.Marten;

namespace Mentiway.Homework.StartHomework;

public sealed record StartHomework(Guid HomeworkId, long? ExpectedVersion) : ICommand<CreatedResource>;

public sealed class StartHomeworkHandler(
    IDocumentSession session,
    IMartenOutbox outbox,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<StartHomework, CreatedResource>
{
    public async ValueTask<CreatedResource> Handle(StartHomework command, CancellationToken cancellationToken)
    {
        var (stream, _) = await HomeworkStreams.FetchForWriting(
            session,
            command.HomeworkId,
            command.ExpectedVersion,
            stored => actor.MustBeItsAssigneeAsync(
                session, stored, "Only the person the homework is for starts it.", cancellationToken),
            cancellationToken);
        HomeworkLifecycle.EnsureAllowed(stream.Aggregate!, HomeworkAction.Start);

        var started = new HomeworkStarted(actor.Subject, clock.GetUtcNow());
        var item = await HomeworkStreams.Append(stream, started, outbox);

        return new CreatedResource(item.Id, item.Version);
    }
}

internal static class StartHomeworkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/homework/{homeworkId:guid}/start", async (
                Guid homeworkId,
                HttpContext http,
                ISender sender,
                CancellationToken ct) =>
                ChangeAnswers.Changed(
                    http.Response,
                    await sender.Send(new StartHomework(homeworkId, http.Request.ExpectedVersion()), ct)))
            .WithName(nameof(StartHomework))
            .WithSummary("Start working on assigned homework")
            .ProducesChange();
}
