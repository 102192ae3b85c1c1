using System.Net.Http.Headers;
using Mentiway.Host.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Wolverine;
using Xunit;

namespace Mentiway.Testing;

/// <summary>
/// The real host on a database of its own, shared by the tests of one class. Its clock is a fake that tests move.
/// </summary>
public class MentiwayApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Test-only key; real deployments configure their own or an OpenID Connect authority.</summary>
    public const string SigningKey = "mentiway-tests-signing-key-0123456789abcdef";

    private string _connectionString = string.Empty;

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public TokenIssuer Tokens => Services.GetRequiredService<TokenIssuer>();

    public async Task InitializeAsync()
    {
        _connectionString = await PostgresServer.CreateDatabaseAsync();
        _ = Server;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresServer.DropDatabaseAsync(_connectionString);
    }

    public HttpClient ClientFor(TokenPerson person) => ClientWithToken(Tokens.IssueFor(person));

    public HttpClient ClientWithToken(string? token)
    {
        var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings Program reads while it builds services must arrive as settings, not later callbacks.
        builder.UseSetting("ConnectionStrings:Mentiway", _connectionString);
        builder.UseSetting("Mentiway:Auth:SigningKey", SigningKey);
        builder.UseSetting("Mentiway:Messaging:ScheduledJobPollingSeconds", "0.5");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // Every test request comes from the same (missing) address; tests of the limit itself set their own.
        builder.UseSetting("Mentiway:RateLimits:AnonymousPerMinute", "10000");
        builder.UseEnvironment("Testing");

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RunWolverineInSoloMode();
        });
    }
}
