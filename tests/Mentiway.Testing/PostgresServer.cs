using Npgsql;
using Testcontainers.PostgreSql;

namespace Mentiway.Testing;

/// <summary>
/// The PostgreSQL server of this test run: the one the test command started (its admin connection string in
/// MENTIWAY_TEST_POSTGRES), or else a Testcontainers PostgreSQL where a Docker engine answers. Each test class gets
/// a database of its own on it, dropped when the class is done.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "MENTIWAY_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> AdminConnection = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await AdminConnection.Value;
        var name = $"mentiway_test_{Guid.NewGuid():N}";

        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var admin = await AdminConnection.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();

        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(given) == false)
        {
            return given;
        }

        var container = new PostgreSqlBuilder("postgres:16-alpine").Build();
        await container.StartAsync();

        // Lives as long as the test process; Testcontainers' reaper removes it afterwards.
        return container.GetConnectionString();
    }
}
