using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Polly;
using Polly.Retry;

namespace Mentiway.Host.Demo;

/// <summary>
/// The demo seeder's view of the API: it acts as a demo person over HTTP like any client, and waits where one
/// module learns of another's change through a message rather than at once.
/// </summary>
internal sealed class DemoApi(HttpClient http, TokenSource tokens)
{
    private static readonly ResiliencePipeline<bool> UntilTrue = new ResiliencePipelineBuilder<bool>()
        .AddRetry(new RetryStrategyOptions<bool>
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result == false),
            MaxRetryAttempts = 100,
            Delay = TimeSpan.FromMilliseconds(100),
            BackoffType = DelayBackoffType.Constant,
        })
        .Build();

    public async Task<JsonNode?> Get(DemoPerson person, string route, CancellationToken ct)
    {
        using var response = await Send(person, HttpMethod.Get, route, body: null, ct);

        return await ReadJson(response, route, ct);
    }

    public async Task<JsonNode?> Post(DemoPerson person, string route, object? body, CancellationToken ct)
    {
        using var response = await Send(person, HttpMethod.Post, route, body, ct);

        return await ReadJson(response, route, ct);
    }

    public async Task<Guid> Create(DemoPerson person, string route, object body, CancellationToken ct)
    {
        var created = await Post(person, route, body, ct);

        return created!["id"]!.GetValue<Guid>();
    }

    /// <summary>
    /// Creates something in a module that learns what it needs by message: while it answers 404 or 409 (it does not
    /// know the thing yet, or not in its latest state), nothing was stored, so asking again is safe.
    /// </summary>
    public async Task<Guid> CreateOnceKnown(DemoPerson person, string route, object body, CancellationToken ct)
    {
        Guid? created = null;
        var done = await UntilTrue.ExecuteAsync(async token =>
        {
            using var response = await Send(person, HttpMethod.Post, route, body, token);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict)
            {
                return false;
            }

            created = (await ReadJson(response, route, token))!["id"]!.GetValue<Guid>();

            return true;
        }, ct);

        return done ? created!.Value : throw new InvalidOperationException($"Seeding the demo gave up at {route}.");
    }

    /// <summary>Waits until a GET answers 200 and the answer satisfies the condition.</summary>
    public async Task WaitUntil(
        DemoPerson person,
        string route,
        Func<JsonNode, bool> condition,
        CancellationToken ct)
    {
        var satisfied = await UntilTrue.ExecuteAsync(async token =>
        {
            using var response = await Send(person, HttpMethod.Get, route, body: null, token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(token));

            return json is not null && condition(json);
        }, ct);

        if (satisfied == false)
        {
            throw new InvalidOperationException($"Seeding the demo gave up waiting for GET {route}.");
        }
    }

    private async Task<HttpResponseMessage> Send(
        DemoPerson person,
        HttpMethod method,
        string route,
        object? body,
        CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, route);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.For(person));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request, ct);
    }

    private static async Task<JsonNode?> ReadJson(HttpResponseMessage response, string route, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.IsSuccessStatusCode == false)
        {
            throw new InvalidOperationException(
                $"Seeding the demo failed at {route}: {(int)response.StatusCode} {text}");
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }
}

/// <summary>Issues each demo person's token once per seeding.</summary>
internal sealed class TokenSource(Identity.TokenIssuer issuer)
{
    private readonly Dictionary<string, string> _tokens = [];

    public string For(DemoPerson person)
    {
        if (_tokens.TryGetValue(person.Key, out var token) == false)
        {
            token = issuer.IssueFor(person.Token);
            _tokens[person.Key] = token;
        }

        return token;
    }
}
