using FluentValidation;
using Marten;
using Marten.Schema;
using Mentiway.BuildingBlocks.Access;
using Mentiway.Programmes.IdentifyCaller;
using Mentiway.Programmes.ClosePair;
using Mentiway.Programmes.Documents;
using Mentiway.Programmes.EnrolParticipant;
using Mentiway.Programmes.FormPair;
using Mentiway.Programmes.GetProgramme;
using Mentiway.Programmes.LaunchProgramme;
using Mentiway.Programmes.ListPairs;
using Mentiway.Programmes.ListParticipants;
using Mentiway.Programmes.ListProgrammes;
using Mentiway.Programmes.UpdateParticipant;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Mentiway.Programmes;

/// <summary>
/// Programmes, their participants and mentoring pairs. The host calls these two methods and nothing else.
/// </summary>
public static class ProgrammesModule
{
    public const string Schema = "programmes";

    public static IServiceCollection AddProgrammesModule(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(ProgrammesModule).Assembly, includeInternalTypes: true);
        services.ConfigureMarten(ConfigureDocuments);
        services.AddScoped<IMembershipDirectory, EnrolmentDirectory>();

        return services;
    }

    public static IEndpointRouteBuilder MapProgrammesEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Programmes").RequireAuthorization(AccessPolicies.Person);

        LaunchProgrammeEndpoint.Map(api);
        ListProgrammesEndpoint.Map(api);
        GetProgrammeEndpoint.Map(api);
        EnrolParticipantEndpoint.Map(api);
        ListParticipantsEndpoint.Map(api);
        UpdateParticipantEndpoint.Map(api);
        FormPairEndpoint.Map(api);
        ListPairsEndpoint.Map(api);
        ClosePairEndpoint.Map(api);

        return endpoints;
    }

    private static void ConfigureDocuments(StoreOptions options)
    {
        options.Schema.For<Programme>().DatabaseSchemaName(Schema);

        // Optimistic concurrency: of two requests changing one participant or pair at once, one wins and the other
        // answers 409, rather than both "succeeding" and the last one silently winning.
        options.Schema.For<Participant>()
            .DatabaseSchemaName(Schema)
            .UseOptimisticConcurrency(true)
            .Index(x => x.ProgrammeId)
            .Index(x => x.Subject!)
            .Index(x => x.EmailKey)
            .UniqueIndex(UniqueIndexType.Computed, "participant_enrolment_key", x => x.EnrolmentKey);

        options.Schema.For<Pair>()
            .DatabaseSchemaName(Schema)
            .UseOptimisticConcurrency(true)
            .Index(x => x.ProgrammeId)
            .Index(x => x.MenteeId)
            .UniqueIndex(UniqueIndexType.Computed, "pair_active_mentee_key", x => x.ActiveMenteeKey!);
    }
}
