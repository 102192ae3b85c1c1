using Mentiway.Host.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mentiway.Host.Demo;

/// <summary>
/// Switched on by <c>Mentiway:Demo:Enabled</c> only: seeds the demo programme once the host has started, prints a
/// token for each demo person, and serves them at <c>GET /demo/tokens</c>. Off by default, because it hands out
/// tokens to anyone who asks.
/// </summary>
internal static class DemoSetup
{
    public static bool IsDemoEnabled(this IConfiguration config) =>
        config.GetSection(DemoOptions.Section).Get<DemoOptions>()?.Enabled == true;

    public static IServiceCollection AddMentiwayDemo(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<TokenIssuer>();
        if (config.IsDemoEnabled())
        {
            services.AddSingleton<DemoClock>();
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(
                provider => provider.GetRequiredService<DemoClock>()));
            services.AddSingleton<DemoProgramme>();
            services.AddHostedService<DemoStartup>();
        }

        return services;
    }

    public static WebApplication MapDemoTokens(this WebApplication app)
    {
        if (app.Configuration.IsDemoEnabled())
        {
            app.MapGet("/demo/tokens", (TokenIssuer issuer) => Results.Ok(TokensFor(issuer)))
                .AllowAnonymous()
                .ExcludeFromDescription();
        }

        return app;
    }

    public static IReadOnlyDictionary<string, DemoToken> TokensFor(TokenIssuer issuer) =>
        DemoPeople.All.ToDictionary(
            person => person.Key,
            person => new DemoToken(person.Token.Name, person.Token.Email, issuer.IssueFor(person.Token)));
}

internal sealed record DemoToken(string Name, string Email, string Token);
