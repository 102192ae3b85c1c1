namespace Mentiway.BuildingBlocks.Validation;

/// <summary>
/// Reads an enum from a query string as the API writes it ("mentee", "Mentee"), never from a number, so that a
/// filter means the same in a query as in a JSON body.
/// </summary>
public static class EnumText
{
    public static bool IsValid<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is null || TryParse<TEnum>(text, out _);

    public static TEnum? ParseOrNull<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is not null && TryParse<TEnum>(text, out var value) ? value : null;

    public static string Choices<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(name => char.ToLowerInvariant(name[0]) + name[1..]));

    private static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;

        return text.Length > 0
            && char.IsLetter(text[0])
            && Enum.TryParse(text, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
