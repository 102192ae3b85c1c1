using FluentValidation;
using JasperFx.Events.Projections;
using Marten;
using Mentiway.BuildingBlocks.Access;
using Mentiway.Homework.AssignHomework;
using Mentiway.Homework.CancelHomework;
using Mentiway.Homework.CarryOverHomework;
using Mentiway.Homework.ChangeDueMoment;
using Mentiway.Homework.CommentOnHomework;
using Mentiway.Homework.Documents;
using Mentiway.Homework.EditHomework;
using Mentiway.Homework.EditHomeworkComment;
using Mentiway.Homework.GetHomework;
using Mentiway.Homework.GetHomeworkHistory;
using Mentiway.Homework.GetParticipantTimeline;
using Mentiway.Homework.Items;
using Mentiway.Homework.ListHomeworkComments;
using Mentiway.Homework.ListParticipantHomework;
using Mentiway.Homework.ListSessionHomework;
using Mentiway.Homework.NoteProgress;
using Mentiway.Homework.StartHomework;
using Mentiway.Homework.SubmitHomework;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Mentiway.Homework;

/// <summary>
/// Homework set at sessions, one event stream per item. The host calls these two methods and nothing else.
/// </summary>
public static class HomeworkModule
{
    public const string Schema = "homework";

    public static IServiceCollection AddHomeworkModule(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(HomeworkModule).Assembly, includeInternalTypes: true);
        services.ConfigureMarten(ConfigureStorage);
        services.ConfigureWolverine(options =>
        {
            options.Discovery.IncludeAssembly(typeof(HomeworkModule).Assembly);

            // Other modules' contributions about an item that is not here yet (or never was): try again after a
            // pause, and leave what still finds nothing in the dead-letter queue.
            options.OnException<UnknownHomeworkException>()
                .RetryWithCooldown(
                    TimeSpan.FromMilliseconds(200),
                    TimeSpan.FromSeconds(1),
                    TimeSpan.FromSeconds(5));
        });

        return services;
    }

    public static IEndpointRouteBuilder MapHomeworkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Homework").RequireAuthorization(AccessPolicies.Person);

        AssignHomeworkEndpoint.Map(api);
        ListSessionHomeworkEndpoint.Map(api);
        GetHomeworkEndpoint.Map(api);
        GetHomeworkHistoryEndpoint.Map(api);
        StartHomeworkEndpoint.Map(api);
        NoteProgressEndpoint.Map(api);
        EditHomeworkEndpoint.Map(api);
        SubmitHomeworkEndpoint.Map(api);
        ChangeDueMomentEndpoint.Map(api);
        CarryOverHomeworkEndpoint.Map(api);
        CancelHomeworkEndpoint.Map(api);
        CommentOnHomeworkEndpoint.Map(api);
        ListHomeworkCommentsEndpoint.Map(api);
        EditHomeworkCommentEndpoint.Map(api);
        ListParticipantHomeworkEndpoint.Map(api);
        GetParticipantTimelineEndpoint.Map(api);

        return endpoints;
    }

    private static void ConfigureStorage(StoreOptions options)
    {
        HomeworkEventNames.Register(options);
        HomeworkPersonalData.Register(options);

        // Inline: the API reads its own writes, and FetchForWriting starts from the stored snapshot.
        options.Projections.Snapshot<HomeworkItem>(SnapshotLifecycle.Inline);
        options.Schema.For<HomeworkItem>()
            .DatabaseSchemaName(Schema)
            .Index(x => x.PairId)
            .Index(x => x.AssigneeId)
            .Index(x => x.CurrentSessionId);

        options.Schema.For<KnownProgramme>().DatabaseSchemaName(Schema);
        options.Schema.For<KnownParticipant>().DatabaseSchemaName(Schema);
        options.Schema.For<KnownPair>().DatabaseSchemaName(Schema);
        options.Schema.For<KnownSession>().DatabaseSchemaName(Schema).Index(x => x.PairId);
    }
}
