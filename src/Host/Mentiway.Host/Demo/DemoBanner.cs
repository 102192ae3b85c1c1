using System.Globalization;
using System.Text;

namespace Mentiway.Host.Demo;

internal static class DemoBanner
{
    public static string Render(string baseUrl, IReadOnlyDictionary<string, DemoToken> tokens, DemoIds ids)
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

        banner.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Programme {ids.ProgrammeId}, pair {ids.PairId}")
            .AppendLine(CultureInfo.InvariantCulture, $"Mentee (participant) {ids.MenteeId}")
            .AppendLine(CultureInfo.InvariantCulture, $"Sessions, oldest first: {string.Join(' ', ids.SessionIds)}");

        return banner.ToString();
    }

    /// <summary>The same as shell variables, for <c>source</c> before trying the README's walk-through.</summary>
    public static string ShellVariables(string baseUrl, IReadOnlyDictionary<string, DemoToken> tokens, DemoIds ids)
    {
        var variables = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"export API={baseUrl}")
            .AppendLine(CultureInfo.InvariantCulture, $"export PROGRAMME={ids.ProgrammeId}")
            .AppendLine(CultureInfo.InvariantCulture, $"export PAIR={ids.PairId}")
            .AppendLine(CultureInfo.InvariantCulture, $"export MENTEE={ids.MenteeId}");
        for (var i = 0; i < ids.SessionIds.Count; i++)
        {
            variables.AppendLine(CultureInfo.InvariantCulture, $"export SESSION_{i + 1}={ids.SessionIds[i]}");
        }

        foreach (var (key, token) in tokens)
        {
            variables.AppendLine(CultureInfo.InvariantCulture, $"export {key.ToUpperInvariant()}_TOKEN={token.Token}");
        }

        return variables.ToString();
    }
}
