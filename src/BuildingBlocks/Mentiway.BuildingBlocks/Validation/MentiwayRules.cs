using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using FluentValidation;
using NodaTime;

namespace Mentiway.BuildingBlocks.Validation;

/// <summary>Input rules that several modules share: names, free text, e-mail addresses and IANA time zones.</summary>
public static partial class MentiwayRules
{
    public const int MaxEmailLength = 254;

    /// <summary>Moments outside this range are typing mistakes here, and overflow calendar arithmetic.</summary>
    public const string PlausibleRangeMessage = "must be between the years 2000 and 2100";

    private static readonly DateTimeOffset EarliestInstant = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LatestInstant = new(2100, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public static bool IsPlausible(DateTimeOffset? instant) =>
        instant is null || (instant >= EarliestInstant && instant <= LatestInstant);

    public static bool IsPlausible(DateOnly? day) =>
        day is null || (day.Value.Year >= EarliestInstant.Year && day.Value.Year <= LatestInstant.Year);

    /// <summary>A one-line name: not blank, not too long, no control characters (line breaks included).</summary>
    public static IRuleBuilderOptions<T, string?> SingleLineText<T>(
        this IRuleBuilderInitial<T, string?> rule,
        int maxLength) =>
        rule
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must not be empty or blank")
            .MaximumLength(maxLength).WithMessage($"must be at most {maxLength} characters")
            .Must(text => text is null || text.All(c => char.IsControl(c) == false))
            .WithMessage("must not contain control characters or line breaks")
            .Must(HasVisibleCharacter).WithMessage("must contain a visible character")
            .Must(HasNoDirectionOverrides).WithMessage(DirectionOverrideMessage);

    /// <summary>Free text of several lines: line breaks and tabs are fine, other control characters are not.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLineText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule
            .MaximumLength(maxLength).WithMessage($"must be at most {maxLength} characters")
            .Must(text => text is null || text.All(IsAllowedInMultiLineText))
            .WithMessage("must not contain control characters other than line breaks and tabs")
            .Must(HasNoDirectionOverrides).WithMessage(DirectionOverrideMessage);

    public static IRuleBuilderOptions<T, string?> EmailAddress<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must not be empty")
            .MaximumLength(MaxEmailLength).WithMessage($"must be at most {MaxEmailLength} characters")
            .Must(IsEmailAddress).WithMessage("must be a single e-mail address such as name@example.org");

    public static IRuleBuilderOptions<T, string?> IanaTimeZone<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("must not be empty")
            .Must(IsIanaTimeZone)
            .WithMessage("must be an IANA time zone id such as Europe/Warsaw (Windows ids are not accepted)");

    public static bool IsIanaTimeZone(string? zoneId) =>
        zoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is not null;

    /// <summary>
    /// A deliberately plain address: one mailbox, no display name, no spaces, commas or line breaks, and a domain of
    /// dotted labels. The framework's parser confirms the shape; the pattern refuses what it would let through.
    /// </summary>
    public static bool IsEmailAddress(string? address) =>
        address is not null
        && address.Length <= MaxEmailLength
        && PlainAddress().IsMatch(address)
        && MailAddress.TryCreate(address, out var parsed)
        && parsed.Address == address
        && parsed.DisplayName.Length == 0;

    private const string DirectionOverrideMessage =
        "must not contain bidirectional embedding, override or isolate characters (U+202A-U+202E, U+2066-U+2069)";

    private static bool IsAllowedInMultiLineText(char c) => char.IsControl(c) == false || c is '\n' or '\r' or '\t';

    // Zero-width and other format characters are fine inside text (emoji sequences, Persian need them), but a name
    // made only of them shows as nothing.
    private static bool HasVisibleCharacter(string? text) =>
        text is null || text.Any(c => char.IsWhiteSpace(c) == false
            && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format);

    // Right-to-left scripts need none of these; they are how text is made to read differently than it is stored.
    private static bool HasNoDirectionOverrides(string? text) =>
        text is null || text.All(c => c is not (>= '\u202A' and <= '\u202E') and not (>= '\u2066' and <= '\u2069'));

    [GeneratedRegex(
        @"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlainAddress();
}
