using System.Globalization;
using FluentValidation;

namespace Mentiway.Homework.ReadModels;

/// <summary>
/// Instants in query strings (asOf, from, to) are read here rather than by the framework's binder, so that a bad
/// one is a field error like any other.
/// </summary>
public static class InstantText
{
    public const string Expected = "must be an instant with offset, such as 2026-03-02T09:00:00Z";

    public static bool IsValid(string? text) => text is null || Parse(text) is not null;

    public static DateTimeOffset? Parse(string? text)
    {
        // An unescaped "+" of an offset arrives as a space once the query string is decoded.
        var normalised = text?.Trim().Replace(' ', '+');

        return DateTimeOffset.TryParse(normalised, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && HasOffset(normalised!)
                ? instant
                : null;
    }

    public static IRuleBuilderOptions<T, string?> Instant<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Must(IsValid).WithMessage(Expected);

    // Without an offset the moment would depend on the server's zone.
    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T');
}
