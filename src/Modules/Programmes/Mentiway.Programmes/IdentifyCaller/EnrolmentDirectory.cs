using Marten;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Programmes.Contracts;
using Mentiway.Programmes.Documents;
using Microsoft.Extensions.Logging;

namespace Mentiway.Programmes.IdentifyCaller;

/// <summary>
/// Tells every module which enrolments belong to the caller. An enrolment not yet linked to anyone is linked to the
/// first token whose verified e-mail names it; once linked, it belongs to that subject alone, whatever e-mail a later
/// token shows.
/// </summary>
internal sealed partial class EnrolmentDirectory(
    IDocumentStore store,
    TimeProvider clock,
    ILogger<EnrolmentDirectory> logger) : IMembershipDirectory
{
    public async Task<IReadOnlyList<Membership>> MembershipsOfAsync(
        CallerIdentity caller,
        CancellationToken cancellationToken)
    {
        // A session of its own: the link holds even when the request that made it fails afterwards.
        await using var session = store.LightweightSession();

        var enrolments = await EnrolmentsOf(session, caller, cancellationToken);
        var unlinked = enrolments.Where(x => x.Subject is null).ToList();
        if (unlinked.Count > 0 && await TryLink(session, caller, unlinked, cancellationToken) == false)
        {
            // Another request linked them first, perhaps to someone else: read again what is ours.
            await using var fresh = store.QuerySession();
            enrolments = await EnrolmentsOf(fresh, caller, cancellationToken);
        }

        return enrolments
            .Where(x => x.Subject is null || x.Subject == caller.Subject)
            .Select(x => new Membership(x.Id, x.ProgrammeId, RoleOf(x.Role)))
            .ToList();
    }

    private static async Task<IReadOnlyList<Participant>> EnrolmentsOf(
        IQuerySession session,
        CallerIdentity caller,
        CancellationToken cancellationToken)
    {
        var emailKey = caller.VerifiedEmail?.ToUpperInvariant();

        return emailKey is null
            ? await session.Query<Participant>().Where(x => x.Subject == caller.Subject).ToListAsync(cancellationToken)
            : await session.Query<Participant>()
                .Where(x => x.Subject == caller.Subject || (x.Subject == null && x.EmailKey == emailKey))
                .ToListAsync(cancellationToken);
    }

    private async Task<bool> TryLink(
        IDocumentSession session,
        CallerIdentity caller,
        List<Participant> unlinked,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var participant in unlinked)
        {
            session.Update(participant with { Subject = caller.Subject, LinkedAt = now });
        }

        session.LastModifiedBy = caller.Subject;
        try
        {
            await session.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (ConcurrencyConflicts.IsConflict(exception))
        {
            return false;
        }

        foreach (var participant in unlinked)
        {
            LogLinked(participant.Id, participant.ProgrammeId, caller.Subject);
        }

        return true;
    }

    private static ProgrammeRole RoleOf(ParticipantRole role) => role switch
    {
        ParticipantRole.Mentor => ProgrammeRole.Mentor,
        ParticipantRole.Mentee => ProgrammeRole.Mentee,
        _ => ProgrammeRole.Coordinator,
    };

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Linked participant {ParticipantId} of programme {ProgrammeId} to subject {Subject}")]
    private partial void LogLinked(Guid participantId, Guid programmeId, string subject);
}
