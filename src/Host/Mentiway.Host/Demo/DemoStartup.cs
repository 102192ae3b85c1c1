using Mentiway.Host.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Mentiway.Host.Demo;

/// <summary>Seeds the demo once the host is serving, then prints what a person needs to try it.</summary>
internal sealed partial class DemoStartup(
    DemoProgramme programme,
    TokenIssuer issuer,
    IHostApplicationLifetime lifetime,
    IServer server,
    IConfiguration config,
    ILogger<DemoStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStarted(stoppingToken);

        var baseUrl = LoopbackAddress();
        var ids = await programme.EnsureSeededAsync(new Uri(baseUrl), stoppingToken);
        var tokens = DemoSetup.TokensFor(issuer);

        Console.WriteLine(DemoBanner.Render(baseUrl, tokens, ids));
        var envFile = config.GetSection(DemoOptions.Section).Get<DemoOptions>()?.EnvFile;
        if (string.IsNullOrWhiteSpace(envFile) == false)
        {
            await File.WriteAllTextAsync(envFile, DemoBanner.ShellVariables(baseUrl, tokens, ids), stoppingToken);
        }

        LogReady(baseUrl);
    }

    // The seeder calls the API it serves; a wildcard binding is reached through the loopback address.
    private string LoopbackAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? "http://127.0.0.1:5080";

        return address.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://+", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://*", "://127.0.0.1", StringComparison.Ordinal);
    }

    private Task WhenStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));

        return started.Task;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo ready at {BaseUrl}")]
    private partial void LogReady(string baseUrl);
}
