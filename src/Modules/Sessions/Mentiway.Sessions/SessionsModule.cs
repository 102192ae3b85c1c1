using FluentValidation;
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

        return services;
    }

    public static IEndpointRouteBuilder MapSessionsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        _ = endpoints.MapGroup("/api").WithTags("Sessions");

        return endpoints;
    }
}
