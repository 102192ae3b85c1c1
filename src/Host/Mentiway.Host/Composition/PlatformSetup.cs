using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.Host.Errors;
using Mentiway.Host.Identity;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Serilog;

namespace Mentiway.Host.Composition;

/// <summary>What every request meets: logs, errors as problem details, JSON, health, OpenAPI, the actor.</summary>
internal static class PlatformSetup
{
    private const string LogTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {RequestId}{NewLine}{Exception}";

    public static WebApplicationBuilder AddMentiwayPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddSerilog((provider, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(provider)
            .Enrich.FromLogContext()
            .WriteTo.Console(
                outputTemplate: LogTemplate,
                formatProvider: CultureInfo.InvariantCulture));

        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Detail ??= DefaultDetail(context.ProblemDetails.Status);
        });
        services.AddExceptionHandler<RefusalProblemDetailsHandler>();

        // Binding failures become exceptions, so they get the same problem details as everything else.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(
                new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));

            // A number is a number, and a key given twice is a mistake, not a choice of the last one.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.AllowDuplicateProperties = false;
        });

        services.AddHttpContextAccessor();
        services.AddScoped<ActorContext>();
        services.AddScoped<ICurrentActor>(provider => provider.GetRequiredService<ActorContext>());
        services.AddSingleton(TimeProvider.System);

        services.AddHealthChecks().AddNpgSql(
            provider => builder.Configuration.GetConnectionString(PersistenceSetup.ConnectionStringName)!,
            name: "postgres",
            tags: ["ready"]);
        services.AddMentiwayOpenApi();

        return builder;
    }

    public static WebApplication UseMentiwayPlatform(this WebApplication app)
    {
        // Outermost, so that each request is logged once with the status the client finally got.
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            SuppressDiagnosticsCallback = context => RefusalProblemDetailsHandler.IsExpected(context.Exception),
        });
        app.UseStatusCodePages();
        app.UseMentiwayHardening();

        app.UseAuthentication();
        app.UseAuthorization();
        app.UseEnrolmentLinking();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar", options => options.WithTitle("Mentiway API")).AllowAnonymous();

        return app;
    }

    private static string? DefaultDetail(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => "A valid bearer token is required.",
        StatusCodes.Status404NotFound => "Nothing exists at this address, or you may not see it.",
        StatusCodes.Status405MethodNotAllowed => "This address does not accept that method; see the Allow header.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than this endpoint accepts.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        StatusCodes.Status429TooManyRequests => "Too many requests from this address; wait a minute and try again.",
        _ => null,
    };
}
