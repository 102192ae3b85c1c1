using Xunit;

namespace Mentiway.Feedback.Tests;

/// <summary>Text that must pass unchanged, and text that must be refused, for every free-text field.</summary>
internal static class FeedbackTexts
{
    // An emoji with a skin-tone modifier, a decomposed "é" (e + combining acute), Arabic and Hebrew.
    public const string Unusual = "Świetnie 👍🏽 — cafe\u0301 مرحبا بك שלום";

    public static TheoryData<string> ControlCharacters => new("bell \u0007 here", "nul \0 here", "escape \u001b[31m");
}
