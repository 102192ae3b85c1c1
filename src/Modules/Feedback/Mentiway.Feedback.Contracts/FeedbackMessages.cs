namespace Mentiway.Feedback.Contracts;

// What the Feedback module tells the others. Stored names: a rename is a migration.

public enum FeedbackOutcome
{
    Accepted,
    NeedsRework,
}

/// <summary>
/// The mentor's feedback on a submitted homework item, released to the mentee. Accepted completes the item;
/// needs rework sends it back to in progress.
/// </summary>
public sealed record FeedbackGiven(
    Guid FeedbackId,
    Guid HomeworkId,
    FeedbackOutcome Outcome,
    string? WentWell,
    string? ToImprove,
    string? NextStep,
    DateTimeOffset GivenAt,
    string GivenBy);
