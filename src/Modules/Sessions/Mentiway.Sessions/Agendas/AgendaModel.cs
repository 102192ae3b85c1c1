using System.Globalization;
using Mentiway.Homework.Contracts;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.ReadModels;
using NodaTime;
using NodaTime.Text;
using Scriban.Runtime;

namespace Mentiway.Sessions.Agendas;

/// <summary>Everything an agenda shows, gathered before rendering.</summary>
public sealed record AgendaFacts(
    AgendaReader Reader,
    Session Session,
    SessionParticipant? Mentor,
    SessionParticipant? Mentee,
    Session? Previous,
    Session? Next,
    IReadOnlyList<AgendaHomework> SinceLastTime,
    IReadOnlyList<AgendaHomework> Preparation,
    IReadOnlyList<AgendaHomework> Homework,
    DateTimeZone ReaderZone);

/// <summary>
/// Builds the plain model a template sees: nested objects of strings, numbers and booleans with snake_case keys,
/// never domain objects or services, and every instant already written in the reader's zone. User text goes in
/// as data, so a "{{ 7*7 }}" in a topic prints as it is.
/// </summary>
public static class AgendaModel
{
    private static readonly LocalDateTimePattern Moment =
        LocalDateTimePattern.Create("dddd d MMMM uuuu', 'HH':'mm", CultureInfo.InvariantCulture);

    public static ScriptObject Build(AgendaFacts facts)
    {
        var zone = facts.ReaderZone;
        var model = new ScriptObject
        {
            ["reader"] = facts.Reader == AgendaReader.Mentor ? "mentor" : "mentee",
            ["session"] = SessionObject(facts.Session, zone),
            ["mentor"] = Person(facts.Mentor),
            ["mentee"] = Person(facts.Mentee),
            ["reader_time_zone"] = zone.Id,
            ["previous_session"] = facts.Previous is null ? null : SessionObject(facts.Previous, zone),
            ["next_session"] = facts.Next is null ? null : SessionObject(facts.Next, zone),
            ["since_last_time"] = Items(facts.SinceLastTime, facts.Session, zone),
            ["preparation"] = Items(facts.Preparation, facts.Session, zone),
            ["homework"] = Items(facts.Homework, facts.Session, zone),
        };

        return model;
    }

    public static string InZone(DateTimeOffset instant, DateTimeZone zone) =>
        $"{Moment.Format(Instant.FromDateTimeOffset(instant).InZone(zone).LocalDateTime)} ({zone.Id})";

    private static ScriptObject SessionObject(Session session, DateTimeZone zone) => new()
    {
        ["topic"] = AgendaText.Literal(session.Topic),
        ["status"] = session.StatusText,
        ["starts_at"] = InZone(session.StartsAt, zone),
        ["duration_minutes"] = session.DurationMinutes,
        ["notes"] = AgendaText.Literal(session.Notes),
    };

    private static ScriptObject Person(SessionParticipant? person) => new()
    {
        ["name"] = AgendaText.Literal(person?.DisplayName) ?? "(unknown)",
        ["time_zone"] = person?.TimeZone,
    };

    private static ScriptArray Items(IEnumerable<AgendaHomework> items, Session session, DateTimeZone zone)
    {
        var array = new ScriptArray();
        foreach (var item in items.OrderBy(x => x.DueAt).ThenBy(x => x.Title, StringComparer.Ordinal))
        {
            array.Add(new ScriptObject
            {
                ["title"] = AgendaText.Literal(item.Title),
                ["instructions"] = item.Instructions,
                ["assignee"] = item.Assignee == HomeworkAssignee.Mentor ? "mentor" : "mentee",
                ["status"] = Words(item.Status),
                ["due_at"] = InZone(item.DueAt, zone),
                ["results"] = AgendaText.Literal(item.Results),
                ["reflection"] = AgendaText.Literal(item.Reflection),
                ["carried_over"] = item.CurrentSessionId == session.Id && item.SetAtSessionId != session.Id,
                ["feedback"] = Feedback(item.Feedback, zone),
            });
        }

        return array;
    }

    // Statuses and outcomes travel as identifiers ("inProgress"); a reader sees words ("in progress").
    private static string Words(string identifier) =>
        string.Concat(identifier.Select(c => char.IsUpper(c) ? $" {char.ToLowerInvariant(c)}" : c.ToString()));

    private static ScriptArray Feedback(IEnumerable<HomeworkFeedbackNote> notes, DateTimeZone zone)
    {
        var array = new ScriptArray();
        foreach (var note in notes.OrderBy(x => x.GivenAt))
        {
            array.Add(new ScriptObject
            {
                ["outcome"] = Words(note.Outcome),
                ["went_well"] = AgendaText.Literal(note.WentWell),
                ["to_improve"] = AgendaText.Literal(note.ToImprove),
                ["next_step"] = AgendaText.Literal(note.NextStep),
                ["given_at"] = InZone(note.GivenAt, zone),
            });
        }

        return array;
    }
}
