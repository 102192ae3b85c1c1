using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Errors;
using Weasel.Core;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Marten;

namespace Mentiway.Host.Composition;

/// <summary>
/// One Marten store for the whole host, so that Wolverine's outbox shares the transaction of every module's writes.
/// The host only holds the connection and the shared settings; each module registers its own mappings.
/// </summary>
internal static class PersistenceSetup
{
    public const string ConnectionStringName = "Mentiway";

    public static IServiceCollection AddMentiwayPersistence(this IServiceCollection services, IConfiguration config)
    {
        var connectionString = config.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set. The README's run command provisions a " +
                "database and sets it; elsewhere set ConnectionStrings__Mentiway in the environment.");
        }

        services
            .AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = "mentiway";
                options.Events.DatabaseSchemaName = "events";
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;

                // Who caused each change, from the token (see ActingHeaders): on every event and every document.
                options.Events.MetadataConfig.UserNameEnabled = true;
                options.Policies.ForAllDocuments(mapping =>
                {
                    mapping.Metadata.LastModifiedBy.Enabled = true;
                    mapping.Metadata.Headers.Enabled = true;
                });

                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine(wolverine => wolverine.MessageStorageSchemaName = "wolverine")
            .ApplyAllDatabaseChangesOnStartup();

        return services;
    }

    public static void ConfigureMessaging(WolverineOptions options, IConfiguration config)
    {
        options.ServiceName = "Mentiway";
        options.UseRuntimeCompilation();

        // Each module's handler of a shared message runs, fails and retries on its own.
        options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
        options.Policies.AutoApplyTransactions();

        // A handler that lost an insert race (a redelivery, or a sibling message about the same thing) finds the
        // winner's document when it runs again.
        options.OnException(ConcurrencyConflicts.IsConflict)
            .RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));

        // Messages between modules survive a restart: local queues are backed by the Postgres inbox.
        options.Policies.UseDurableLocalQueues();

        var pollingSeconds = config.GetValue("Mentiway:Messaging:ScheduledJobPollingSeconds", 5.0);
        options.Durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(pollingSeconds);

        // Mediator handlers are also named …Handler; they belong to the in-module pipeline, not to Wolverine.
        options.Discovery.CustomizeHandlerDiscovery(types =>
            types.Excludes.WithCondition("mediator handlers", IsMediatorHandler));
    }

    public static bool IsMediatorHandler(Type type) =>
        type.GetInterfaces().Any(contract =>
            contract.IsGenericType
            && (contract.GetGenericTypeDefinition() == typeof(ICommandHandler<,>)
                || contract.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)
                || contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>)));
}
