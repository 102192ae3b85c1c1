using FluentValidation;
using Marten;
using JasperFx.Events.Projections;
using Mentiway.BuildingBlocks.Access;
using Mentiway.Sessions.CancelSession;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.Events;
using Mentiway.Sessions.GetAgenda;
using Mentiway.Sessions.GetSession;
using Mentiway.Sessions.HoldSession;
using Mentiway.Sessions.ListPairSessions;
using Mentiway.Sessions.ReadModels;
using Mentiway.Sessions.ReplaceAgendaTemplate;
using Mentiway.Sessions.RescheduleSession;
using Mentiway.Sessions.ResetAgendaTemplate;
using Mentiway.Sessions.ScheduleSession;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Mentiway.Sessions;

/// <summary>The Sessions module's registration. The host calls these two methods and nothing else.</summary>
public static class SessionsModule
{
    public const string Schema = "sessions";

    public static IServiceCollection AddSessionsModule(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(SessionsModule).Assembly, includeInternalTypes: true);
        services.ConfigureWolverine(options => options.Discovery.IncludeAssembly(typeof(SessionsModule).Assembly));
        services.ConfigureMarten(ConfigureStore);

        return services;
    }

    public static IEndpointRouteBuilder MapSessionsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Sessions").RequireAuthorization(AccessPolicies.Person);

        ScheduleSessionEndpoint.Map(api);
        ListPairSessionsEndpoint.Map(api);
        GetSessionEndpoint.Map(api);
        RescheduleSessionEndpoint.Map(api);
        CancelSessionEndpoint.Map(api);
        HoldSessionEndpoint.Map(api);
        GetAgendaEndpoint.Map(api);
        ReplaceAgendaTemplateEndpoint.Map(api);
        ResetAgendaTemplateEndpoint.Map(api);

        return endpoints;
    }

    private static void ConfigureStore(StoreOptions options)
    {
        // Named explicitly: the event tables are shared by all modules, and these names are stored.
        options.Events.AddEventType<SessionScheduled>();
        options.Events.AddEventType<SessionRescheduled>();
        options.Events.AddEventType<SessionCancelled>();
        options.Events.AddEventType<SessionHeld>();
        options.Events.AddEventType<SessionAgendaTemplateReplaced>();
        options.Events.AddEventType<SessionAgendaTemplateReset>();

        // Inline, so that a session is readable, and its overlaps checkable, as soon as the change commits.
        options.Projections.Snapshot<Session>(SnapshotLifecycle.Inline);
        options.Schema.For<Session>()
            .DatabaseSchemaName(Schema)
            .Index(x => x.PairId);

        // Copies from other modules' messages: optimistic concurrency turns racing deliveries into retries.
        options.Schema.For<SessionPair>().DatabaseSchemaName(Schema).UseOptimisticConcurrency(true);
        options.Schema.For<SessionParticipant>().DatabaseSchemaName(Schema).UseOptimisticConcurrency(true);
        options.Schema.For<AgendaHomework>()
            .DatabaseSchemaName(Schema)
            .UseOptimisticConcurrency(true)
            .Index(x => x.PairId);
    }
}
