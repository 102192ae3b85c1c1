using System.Globalization;
using System.Text;

namespace Mentiway.Host.Demo;

internal static class DemoBanner
{
    public static string Render(string baseUrl, IReadOnlyDictionary<string, DemoToken> tokens)
    {
        var banner = new StringBuilder()
            .AppendLine()
            .AppendLine("Mentiway demo is running.")
            .AppendLine(CultureInfo.InvariantCulture, $"  API:             {baseUrl}/api/programmes")
            .AppendLine(CultureInfo.InvariantCulture, $"  API reference:   {baseUrl}/scalar")
            .AppendLine(CultureInfo.InvariantCulture, $"  OpenAPI:         {baseUrl}/openapi/v1.json")
            .AppendLine(CultureInfo.InvariantCulture, $"  Health:          {baseUrl}/health/ready")
            .AppendLine(CultureInfo.InvariantCulture, $"  Tokens again:    {baseUrl}/demo/tokens")
            .AppendLine()
            .AppendLine("Tokens, valid 12 hours. Use one as TOKEN in:")
            .Append("  curl -H \"Authorization: Bearer $TOKEN\" ")
            .AppendLine(CultureInfo.InvariantCulture, $"{baseUrl}/api/programmes");

        foreach (var (key, token) in tokens)
        {
            banner.AppendLine(CultureInfo.InvariantCulture, $"  {key,-12} {token.Name} <{token.Email}>");
            banner.AppendLine(CultureInfo.InvariantCulture, $"    {token.Token}");
        }

        return banner.ToString();
    }
}
