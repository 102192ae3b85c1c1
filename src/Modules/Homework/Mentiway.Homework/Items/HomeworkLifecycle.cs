using System.Text.Json;
using Mentiway.BuildingBlocks.Errors;

namespace Mentiway.Homework.Items;

/// <summary>What someone can do to an item; each change of the lifecycle is one of these.</summary>
public enum HomeworkAction
{
    Start,
    NoteProgress,
    Edit,
    Submit,
    ChangeDue,
    CarryOver,
    Cancel,
    ReceiveFeedback,
    Comment,
}

/// <summary>
/// The lifecycle's decisions, pure: which action each status allows. Carry-over, cancel, edits and due changes
/// are for open items; a submitted item waits for feedback; completed and cancelled items are history. The
/// conversation goes on until an item is cancelled: a completed one is still talked about at the next session.
/// </summary>
public static class HomeworkLifecycle
{
    private static readonly HomeworkStatus[] Open = [HomeworkStatus.Assigned, HomeworkStatus.InProgress];

    public static IReadOnlyList<HomeworkStatus> AllowedFrom(HomeworkAction action) => action switch
    {
        HomeworkAction.Start => [HomeworkStatus.Assigned],
        HomeworkAction.NoteProgress => Open,
        HomeworkAction.Edit => Open,
        HomeworkAction.Submit => [HomeworkStatus.InProgress],
        HomeworkAction.ChangeDue => Open,
        HomeworkAction.CarryOver => Open,
        HomeworkAction.Cancel => Open,
        HomeworkAction.ReceiveFeedback => [HomeworkStatus.Submitted],
        HomeworkAction.Comment => [.. Open, HomeworkStatus.Submitted, HomeworkStatus.Completed],
        _ => [],
    };

    public static bool Allows(HomeworkStatus status, HomeworkAction action) => AllowedFrom(action).Contains(status);

    /// <summary>Refuses the action with a 409 that names the item's current status.</summary>
    public static void EnsureAllowed(HomeworkItem item, HomeworkAction action)
    {
        if (Allows(item.Status, action) == false)
        {
            var state = StatusText(item.Status);
            throw new ConflictException($"The homework is {state}: {ActionText(action)} is not allowed now.", state);
        }
    }

    /// <summary>The status as the API writes it ("inProgress").</summary>
    public static string StatusText(HomeworkStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static string ActionText(HomeworkAction action) => action switch
    {
        HomeworkAction.Start => "starting it",
        HomeworkAction.NoteProgress => "noting progress",
        HomeworkAction.Edit => "editing it",
        HomeworkAction.Submit => "submitting it",
        HomeworkAction.ChangeDue => "changing the due moment",
        HomeworkAction.CarryOver => "carrying it over",
        HomeworkAction.Cancel => "cancelling it",
        HomeworkAction.ReceiveFeedback => "feedback",
        HomeworkAction.Comment => "commenting",
        _ => action.ToString(),
    };
}
