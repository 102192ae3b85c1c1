using Mentiway.Feedback.Contracts;
using Mentiway.Feedback.Documents;

namespace Mentiway.Feedback.ReadModels;

public sealed record FeedbackView(
    Guid Id,
    Guid HomeworkId,
    string Status,
    FeedbackOutcome Outcome,
    string? WentWell,
    string? ToImprove,
    string? NextStep,
    FukoNotes? Fuko,
    DateTimeOffset WrittenAt,
    DateTimeOffset? ReleasedAt)
{
    public static FeedbackView From(MentorFeedback feedback) => new(
        feedback.Id,
        feedback.HomeworkId,
        feedback.IsReleased ? "released" : "draft",
        feedback.Outcome,
        feedback.WentWell,
        feedback.ToImprove,
        feedback.NextStep,
        feedback.Fuko,
        feedback.WrittenAt,
        feedback.ReleasedAt);
}
