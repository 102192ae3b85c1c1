using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Mentiway.Homework;

/// <summary>The Homework module's registration. The host calls these two methods and nothing else.</summary>
public static class HomeworkModule
{
    public const string Schema = "homework";

    public static IServiceCollection AddHomeworkModule(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(HomeworkModule).Assembly, includeInternalTypes: true);
        services.ConfigureWolverine(options => options.Discovery.IncludeAssembly(typeof(HomeworkModule).Assembly));

        return services;
    }

    public static IEndpointRouteBuilder MapHomeworkEndpoints(this IEndpointRouteBuilder endpoints)
    {
        _ = endpoints.MapGroup("/api").WithTags("Homework");

        return endpoints;
    }
}
