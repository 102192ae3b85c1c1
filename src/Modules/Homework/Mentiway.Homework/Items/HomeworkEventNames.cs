using Marten;

namespace Mentiway.Homework.Items;

/// <summary>
/// The stored names of the item events, given explicitly so that renaming a class never orphans stored history,
/// and so that the audit trail shows names that do not change with the code.
/// </summary>
public static class HomeworkEventNames
{
    public static readonly IReadOnlyDictionary<Type, string> All = new Dictionary<Type, string>
    {
        [typeof(HomeworkAssigned)] = "homework_assigned",
        [typeof(HomeworkStarted)] = "homework_started",
        [typeof(HomeworkProgressNoted)] = "homework_progress_noted",
        [typeof(HomeworkEdited)] = "homework_edited",
        [typeof(HomeworkSubmitted)] = "homework_submitted",
        [typeof(HomeworkDueChanged)] = "homework_due_changed",
        [typeof(HomeworkCarriedOver)] = "homework_carried_over",
        [typeof(HomeworkAwaitingSession)] = "homework_awaiting_session",
        [typeof(HomeworkCancelled)] = "homework_cancelled",
        [typeof(HomeworkFeedbackReceived)] = "homework_feedback_received",
        [typeof(HomeworkCoworkerFeedbackRequested)] = "homework_coworker_feedback_requested",
        [typeof(HomeworkCoworkerFeedbackAnswered)] = "homework_coworker_feedback_answered",
        [typeof(HomeworkSelfReflectionAdded)] = "homework_self_reflection_added",
        [typeof(HomeworkCommentWritten)] = "homework_comment_written",
        [typeof(HomeworkCommentEdited)] = "homework_comment_edited",
    };

    public static void Register(StoreOptions options)
    {
        foreach (var (type, name) in All)
        {
            options.Events.MapEventType(type, name);
        }
    }
}
