using Marten;

namespace Mentiway.Homework.Items;

/// <summary>
/// Free text people wrote lives in the item's events, so erasing a person's words must not mean rewriting the
/// rest of the history: these rules let Marten mask exactly that text in place (ApplyEventDataMasking over the
/// person's streams, then a rebuild of each item's snapshot), leaving who did what and when readable.
/// </summary>
public static class HomeworkPersonalData
{
    public const string Erased = "(erased)";

    public static void Register(StoreOptions options)
    {
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkAssigned>(
            e => e with { Title = Erased, Instructions = Erased });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkEdited>(
            e => e with { Title = Erased, Instructions = Erased });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkProgressNoted>(e => e with { Note = Erased });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkSubmitted>(
            e => e with { Results = Erased, Reflection = Erased });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkFeedbackReceived>(
            e => e with { WentWell = Erased, ToImprove = Erased, NextStep = Erased, Fuko = null });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkCoworkerFeedbackRequested>(
            e => e with { Question = Erased });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkCoworkerFeedbackAnswered>(
            e => e with { Answer = Erased });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkSelfReflectionAdded>(
            e => e with { Text = Erased });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkCommentWritten>(e => e with { Text = Erased });
        options.Events.AddMaskingRuleForProtectedInformation<HomeworkCommentEdited>(e => e with { Text = Erased });
    }
}
