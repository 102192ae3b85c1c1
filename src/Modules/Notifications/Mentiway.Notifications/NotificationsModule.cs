using FluentValidation;
using Marten;
using Mentiway.BuildingBlocks.Access;
using Mentiway.Notifications.Documents;
using Mentiway.Notifications.Inbox;
using Mentiway.Notifications.ListNotifications;
using Mentiway.Notifications.MarkNotificationRead;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Mentiway.Notifications;

/// <summary>
/// The in-app inbox of each participant, written from other modules' messages. The host calls these two methods
/// and nothing else.
/// </summary>
public static class NotificationsModule
{
    public const string Schema = "notifications";

    public static IServiceCollection AddNotificationsModule(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(NotificationsModule).Assembly, includeInternalTypes: true);
        services.ConfigureMarten(ConfigureDocuments);
        services.ConfigureWolverine(options =>
        {
            options.Discovery.IncludeAssembly(typeof(NotificationsModule).Assembly);

            // Messages from different modules may overtake each other; the one that tells whom to notify comes soon.
            options.OnException<NotYetKnownException>()
                .RetryWithCooldown(
                    TimeSpan.FromMilliseconds(200),
                    TimeSpan.FromSeconds(1),
                    TimeSpan.FromSeconds(5),
                    TimeSpan.FromSeconds(30));
        });

        return services;
    }

    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Notifications").RequireAuthorization(AccessPolicies.Person);

        ListNotificationsEndpoint.Map(api);
        MarkNotificationReadEndpoint.Map(api);

        return endpoints;
    }

    private static void ConfigureDocuments(StoreOptions options)
    {
        options.Schema.For<Recipient>().DatabaseSchemaName(Schema);
        options.Schema.For<PairMembers>().DatabaseSchemaName(Schema);
        options.Schema.For<HomeworkOwner>().DatabaseSchemaName(Schema);
        options.Schema.For<Notification>()
            .DatabaseSchemaName(Schema)
            .Index(x => x.ParticipantId);
    }
}
