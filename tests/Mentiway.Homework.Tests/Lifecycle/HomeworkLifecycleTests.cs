using Mentiway.Homework.Items;
using Xunit;

namespace Mentiway.Homework.Tests.Lifecycle;

/// <summary>The lifecycle's pure decisions, status by action, against the design's diagram.</summary>
public sealed class HomeworkLifecycleTests
{
    private static readonly Dictionary<HomeworkAction, HomeworkStatus[]> Expected = new()
    {
        [HomeworkAction.Start] = [HomeworkStatus.Assigned],
        [HomeworkAction.NoteProgress] = [HomeworkStatus.Assigned, HomeworkStatus.InProgress],
        [HomeworkAction.Edit] = [HomeworkStatus.Assigned, HomeworkStatus.InProgress],
        [HomeworkAction.Submit] = [HomeworkStatus.InProgress],
        [HomeworkAction.ChangeDue] = [HomeworkStatus.Assigned, HomeworkStatus.InProgress],
        [HomeworkAction.CarryOver] = [HomeworkStatus.Assigned, HomeworkStatus.InProgress],
        [HomeworkAction.Cancel] = [HomeworkStatus.Assigned, HomeworkStatus.InProgress],
        [HomeworkAction.ReceiveFeedback] = [HomeworkStatus.Submitted],
        [HomeworkAction.Comment] =
            [HomeworkStatus.Assigned, HomeworkStatus.InProgress, HomeworkStatus.Submitted, HomeworkStatus.Completed],
    };

    public static TheoryData<HomeworkStatus, HomeworkAction> Pairs()
    {
        var data = new TheoryData<HomeworkStatus, HomeworkAction>();
        foreach (var status in Enum.GetValues<HomeworkStatus>())
        {
            foreach (var action in Enum.GetValues<HomeworkAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Allows_EveryStatusAndAction_MatchesTheDesign(HomeworkStatus status, HomeworkAction action) =>
        Assert.Equal(Expected[action].Contains(status), HomeworkLifecycle.Allows(status, action));

    [Fact]
    public void EnsureAllowed_SubmitWhileSubmitted_RefusesNamingTheCurrentState()
    {
        var item = new HomeworkItem { Status = HomeworkStatus.Submitted };

        var refusal = Assert.Throws<Mentiway.BuildingBlocks.Errors.ConflictException>(
            () => HomeworkLifecycle.EnsureAllowed(item, HomeworkAction.Submit));

        Assert.Equal("submitted", refusal.CurrentState);
    }

    [Fact]
    public void IsOverdueAt_OpenItemPastItsDueMoment_IsOverdueButSubmittedIsNot()
    {
        var due = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
        var open = new HomeworkItem { Status = HomeworkStatus.InProgress, DueAt = due };

        Assert.False(open.IsOverdueAt(due));
        Assert.True(open.IsOverdueAt(due.AddTicks(1)));
        Assert.False((open with { Status = HomeworkStatus.Submitted }).IsOverdueAt(due.AddDays(1)));
    }
}
