using Marten;
using Mentiway.Feedback.Contracts;
using Mentiway.Homework.Contracts;
using Mentiway.Notifications.Documents;
using Mentiway.Programmes.Contracts;
using Mentiway.Sessions.Contracts;

namespace Mentiway.Notifications.Inbox;

/// <summary>Turns other modules' messages into inbox entries for the people they concern.</summary>
public static class NotifyParticipantsHandler
{
    public static void Handle(ParticipantEnrolled message, IDocumentSession session) =>
        session.Store(new Recipient(message.ParticipantId, message.ProgrammeId));

    public static void Handle(PairFormed message, IDocumentSession session) =>
        session.Store(new PairMembers(message.PairId, message.MentorId, message.MenteeId));

    public static async Task Handle(HomeworkAssigned message, IDocumentSession session, CancellationToken ct)
    {
        session.Store(new HomeworkOwner(message.HomeworkId, message.PairId, message.AssigneeId, message.Assignee));

        // The mentor's own preparation is set by the mentor: nothing new to tell them.
        if (message.Assignee == HomeworkAssignee.Mentee)
        {
            await InboxWriter.Deliver(
                session,
                message.AssigneeId,
                NotificationKind.HomeworkAssigned,
                cause: $"{message.HomeworkId:N}",
                message.AssignedAt,
                ct,
                homeworkId: message.HomeworkId);
        }
    }

    public static async Task Handle(HomeworkSubmitted message, IDocumentSession session, CancellationToken ct)
    {
        var pair = await InboxWriter.PairOf(session, message.PairId, ct);
        var owner = await session.LoadAsync<HomeworkOwner>(message.HomeworkId, ct);
        if (owner?.Assignee == HomeworkAssignee.Mentor)
        {
            return;
        }

        // Each submission is a cause of its own: an item sent back for rework is submitted again.
        await InboxWriter.Deliver(
            session,
            pair.MentorId,
            NotificationKind.HomeworkSubmitted,
            cause: $"{message.HomeworkId:N}/{message.SubmittedAt.UtcTicks}",
            message.SubmittedAt,
            ct,
            homeworkId: message.HomeworkId);
    }

    public static async Task Handle(FeedbackGiven message, IDocumentSession session, CancellationToken ct)
    {
        var owner = await InboxWriter.OwnerOf(session, message.HomeworkId, ct);

        await InboxWriter.Deliver(
            session,
            owner.AssigneeId,
            NotificationKind.FeedbackReleased,
            cause: $"{message.FeedbackId:N}",
            message.GivenAt,
            ct,
            homeworkId: message.HomeworkId);
    }

    public static async Task Handle(CoworkerFeedbackAnswered message, IDocumentSession session, CancellationToken ct)
    {
        var owner = await InboxWriter.OwnerOf(session, message.HomeworkId, ct);

        await InboxWriter.Deliver(
            session,
            owner.AssigneeId,
            NotificationKind.CoworkerAnswered,
            cause: $"{message.AnswerId:N}",
            message.AnsweredAt,
            ct,
            homeworkId: message.HomeworkId);
    }

    /// <summary>
    /// Tells the pair's members who may read the item, but not its author: the mentor, and the mentee when it is
    /// their own homework (the mentor's preparation is the mentor's alone). A comment by someone outside the pair
    /// (an admin) is told to all of them.
    /// </summary>
    public static async Task Handle(HomeworkCommentAdded message, IDocumentSession session, CancellationToken ct)
    {
        var owner = await InboxWriter.OwnerOf(session, message.HomeworkId, ct);
        var pair = await InboxWriter.PairOf(session, message.PairId, ct);
        List<(PairRole Role, Guid ParticipantId)> readers = owner.Assignee == HomeworkAssignee.Mentee
            ? [(PairRole.Mentor, pair.MentorId), (PairRole.Mentee, pair.MenteeId)]
            : [(PairRole.Mentor, pair.MentorId)];

        foreach (var (_, participantId) in readers.Where(reader => reader.Role != message.AuthorRole))
        {
            await InboxWriter.Deliver(
                session,
                participantId,
                NotificationKind.HomeworkCommented,
                cause: $"{message.CommentId:N}",
                message.WrittenAt,
                ct,
                homeworkId: message.HomeworkId);
        }
    }

    public static Task Handle(SessionScheduled message, IDocumentSession session, CancellationToken ct) =>
        NotifyPair(
            session,
            message.PairId,
            message.SessionId,
            NotificationKind.SessionScheduled,
            $"{message.SessionId:N}",
            message.ScheduledAt,
            ct);

    public static Task Handle(SessionRescheduled message, IDocumentSession session, CancellationToken ct) =>
        NotifyPair(
            session,
            message.PairId,
            message.SessionId,
            NotificationKind.SessionRescheduled,
            $"{message.SessionId:N}/{message.RescheduledAt.UtcTicks}",
            message.RescheduledAt,
            ct);

    public static Task Handle(SessionCancelled message, IDocumentSession session, CancellationToken ct) =>
        NotifyPair(
            session,
            message.PairId,
            message.SessionId,
            NotificationKind.SessionCancelled,
            $"{message.SessionId:N}",
            message.CancelledAt,
            ct);

    private static async Task NotifyPair(
        IDocumentSession session,
        Guid pairId,
        Guid sessionId,
        NotificationKind kind,
        string cause,
        DateTimeOffset occurredAt,
        CancellationToken ct)
    {
        var pair = await InboxWriter.PairOf(session, pairId, ct);

        await InboxWriter.Deliver(session, pair.MentorId, kind, cause, occurredAt, ct, sessionId: sessionId);
        await InboxWriter.Deliver(session, pair.MenteeId, kind, cause, occurredAt, ct, sessionId: sessionId);
    }
}
