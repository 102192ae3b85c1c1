using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Mentiway.Testing;

/// <summary>JSON as the API speaks it (camelCase, enums as camelCase strings), for tests.</summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string route, object body) =>
        client.PostAsJsonAsync(route, body, Options);

    public static Task<HttpResponseMessage> PatchJson(this HttpClient client, string route, object body) =>
        client.PatchAsJsonAsync(route, body, Options);

    public static Task<HttpResponseMessage> PostRaw(this HttpClient client, string route, string json) =>
        client.PostAsync(route, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    public static async Task<JsonNode> ReadJson(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())
        ?? throw new InvalidOperationException("The response had no JSON body.");

    public static async Task<Guid> ReadCreatedId(this HttpResponseMessage response)
    {
        var body = await response.EnsureSuccessStatusCode().ReadJson();

        return body["id"]!.GetValue<Guid>();
    }

    /// <summary>The field names of a validation problem's errors, as the client sees them.</summary>
    public static async Task<IReadOnlyCollection<string>> ReadErrorFields(this HttpResponseMessage response)
    {
        var problem = await response.ReadJson();

        return problem["errors"]?.AsObject().Select(error => error.Key).ToList() ?? [];
    }
}
