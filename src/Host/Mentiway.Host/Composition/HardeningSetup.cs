using System.Threading.RateLimiting;
using Mentiway.BuildingBlocks.Http;

namespace Mentiway.Host.Composition;

/// <summary>
/// What protects the platform at its edge: a body size limit, a rate limit on the anonymous path, browser security
/// headers, and cross-origin access only for the origins configured.
/// </summary>
internal static class HardeningSetup
{
    public const long MaxRequestBodyBytes = 1024 * 1024;
    private const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddMentiwayHardening(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);

        var perMinute = builder.Configuration.GetValue("Mentiway:RateLimits:AnonymousPerMinute", 30);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(RateLimits.Anonymous, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
        });

        var origins = builder.Configuration.GetSection("Mentiway:Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
            policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag")));

        return builder;
    }

    public static WebApplication UseMentiwayHardening(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";

            // The API and its agendas need no scripts or styles; the reference page brings its own.
            if (context.Request.Path.StartsWithSegments("/scalar") == false)
            {
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }

            await next();
        });
        app.UseCors(CorsPolicy);
        app.UseRateLimiter();

        return app;
    }
}
