using Mentiway.Homework.Contracts;

namespace Mentiway.Notifications.Documents;

// Who is who, as far as addressing notifications needs it, learnt from other modules' messages.

public sealed record Recipient(Guid Id, Guid ProgrammeId);

public sealed record PairMembers(Guid Id, Guid MentorId, Guid MenteeId);

public sealed record HomeworkOwner(Guid Id, Guid PairId, Guid AssigneeId, HomeworkAssignee Assignee);
