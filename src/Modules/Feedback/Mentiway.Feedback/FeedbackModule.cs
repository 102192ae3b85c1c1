using FluentValidation;
using Marten;
using Mentiway.BuildingBlocks.Access;
using Mentiway.Feedback.AnswerFeedbackLink;
using Mentiway.Feedback.Documents;
using Mentiway.Feedback.GetProgrammeRatings;
using Mentiway.Feedback.GiveFeedback;
using Mentiway.Feedback.ListFeedback;
using Mentiway.Feedback.ListFeedbackRequests;
using Mentiway.Feedback.RateSession;
using Mentiway.Feedback.ReflectOnHomework;
using Mentiway.Feedback.ReflectOnSession;
using Mentiway.Feedback.ReleaseFeedback;
using Mentiway.Feedback.RequestCoworkerFeedback;
using Mentiway.Feedback.ShowFeedbackLink;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Mentiway.Feedback;

/// <summary>
/// Mentor feedback on homework, reflections, session ratings and feedback from co-workers. The host calls these
/// two methods and nothing else.
/// </summary>
public static class FeedbackModule
{
    public const string Schema = "feedback";

    public static IServiceCollection AddFeedbackModule(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(FeedbackModule).Assembly, includeInternalTypes: true);
        services.ConfigureMarten(ConfigureDocuments);
        services.ConfigureWolverine(options => options.Discovery.IncludeAssembly(typeof(FeedbackModule).Assembly));

        return services;
    }

    public static IEndpointRouteBuilder MapFeedbackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Feedback").RequireAuthorization(AccessPolicies.Person);

        GiveFeedbackEndpoint.Map(api);
        ListFeedbackEndpoint.Map(api);
        ReleaseFeedbackEndpoint.Map(api);
        ReflectOnHomeworkEndpoint.Map(api);
        ReflectOnSessionEndpoint.Map(api);
        RateSessionEndpoint.Map(api);
        GetProgrammeRatingsEndpoint.Map(api);
        RequestCoworkerFeedbackEndpoint.Map(api);
        ListFeedbackRequestsEndpoint.Map(api);
        ShowFeedbackLinkEndpoint.Map(api);
        AnswerFeedbackLinkEndpoint.Map(api);

        return endpoints;
    }

    private static void ConfigureDocuments(StoreOptions options)
    {
        options.Schema.For<KnownProgramme>().DatabaseSchemaName(Schema);
        options.Schema.For<KnownPair>().DatabaseSchemaName(Schema).Index(x => x.ProgrammeId);
        options.Schema.For<KnownSession>().DatabaseSchemaName(Schema);
        options.Schema.For<HomeworkItem>().DatabaseSchemaName(Schema);

        // Two racing releases of one draft: the second finds the version changed and loses with a 409.
        options.Schema.For<MentorFeedback>()
            .DatabaseSchemaName(Schema)
            .UseOptimisticConcurrency(true)
            .Index(x => x.HomeworkId);

        options.Schema.For<HomeworkReflection>().DatabaseSchemaName(Schema);
        options.Schema.For<SessionReflection>().DatabaseSchemaName(Schema);
        options.Schema.For<SessionRating>().DatabaseSchemaName(Schema).Index(x => x.ProgrammeId);
        options.Schema.For<FeedbackRequest>()
            .DatabaseSchemaName(Schema)
            .UseOptimisticConcurrency(true)
            .Index(x => x.HomeworkId);

        // Two racing answers through one link: only one may use it.
        options.Schema.For<FeedbackLink>().DatabaseSchemaName(Schema).UseOptimisticConcurrency(true);
        options.Schema.For<CoworkerAnswer>().DatabaseSchemaName(Schema).Index(x => x.RequestId);
    }
}
