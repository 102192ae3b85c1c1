using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Mentiway.BuildingBlocks.Http;

/// <summary>
/// An event stream's version as a strong ETag ("7") and back from If-Match, for optimistic concurrency over HTTP.
/// </summary>
public static class StreamVersions
{
    public static string ToETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static void WriteETag(this HttpResponse response, long version) =>
        response.Headers.ETag = ToETag(version);

    /// <summary>The version the caller expects, or null without If-Match. A malformed header is a 400.</summary>
    public static long? ExpectedVersion(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        if (EntityTagHeaderValue.TryParse(header, out var tag) && tag.IsWeak == false
            && long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        throw new ValidationException(
            [new FluentValidation.Results.ValidationFailure("If-Match", "must be one strong ETag such as \"7\"")]);
    }
}
