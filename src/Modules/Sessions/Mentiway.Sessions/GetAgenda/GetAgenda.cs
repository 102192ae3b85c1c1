using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Homework.Contracts;
using Mentiway.Sessions.Agendas;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.ReadModels;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;

namespace Mentiway.Sessions.GetAgenda;

/// <summary>For is whose zone the times are written in: "mentor" or "mentee" (the default).</summary>
public sealed record GetAgenda(Guid SessionId, string? For) : IQuery<string>;

public sealed class GetAgendaValidator : AbstractValidator<GetAgenda>
{
    public GetAgendaValidator() =>
        RuleFor(x => x.For)
            .Must(reader => reader is null or "mentor" or "mentee")
            .WithMessage("must be mentor or mentee")
            .OverridePropertyName("for");
}

/// <summary>Answers the agenda as Markdown.</summary>
public sealed class GetAgendaHandler(IQuerySession session) : IQueryHandler<GetAgenda, string>
{
    public async ValueTask<string> Handle(GetAgenda query, CancellationToken cancellationToken)
    {
        var current = await session.LoadAsync<Session>(query.SessionId, cancellationToken)
            ?? throw new NotFoundException("session", query.SessionId);
        var facts = await Gather(current, query.For ?? "mentee", cancellationToken);

        var model = AgendaModel.Build(facts);

        var template = current.AgendaTemplate ?? DefaultAgenda.Template;

        return await AgendaTemplates.Render(template, model, cancellationToken);
    }

    private async Task<AgendaFacts> Gather(Session current, string reader, CancellationToken cancellationToken)
    {
        var pair = await session.LoadAsync<SessionPair>(current.PairId, cancellationToken);
        var mentor = await session.LoadParticipant(pair?.MentorId, cancellationToken);
        var mentee = await session.LoadParticipant(pair?.MenteeId, cancellationToken);

        var others = await session.Query<Session>()
            .Where(x => x.PairId == current.PairId && x.Id != current.Id && x.Status != SessionStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var previous = others.Where(x => x.StartsAt < current.StartsAt).MaxBy(x => x.StartsAt);
        var next = others.Where(x => x.StartsAt > current.StartsAt).MinBy(x => x.StartsAt);

        var previousId = previous?.Id ?? Guid.Empty;
        var items = await session.Query<AgendaHomework>()
            .Where(x => x.PairId == current.PairId
                && (x.SetAtSessionId == previousId
                    || x.SetAtSessionId == current.Id
                    || x.CurrentSessionId == current.Id))
            .ToListAsync(cancellationToken);

        var readerZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(
                (reader == "mentor" ? mentor : mentee)?.TimeZone ?? string.Empty)
            ?? DateTimeZone.Utc;

        return new AgendaFacts(
            current,
            mentor,
            mentee,
            previous,
            next,
            SinceLastTime: items.Where(x => x.SetAtSessionId == previousId
                || (x.CurrentSessionId == current.Id && x.SetAtSessionId != current.Id)).ToList(),
            Preparation: items.Where(x => x.SetAtSessionId == current.Id && x.Assignee == HomeworkAssignee.Mentor)
                .ToList(),
            Homework: items.Where(x => x.SetAtSessionId == current.Id && x.Assignee == HomeworkAssignee.Mentee)
                .ToList(),
            ReaderZone: readerZone);
    }
}

internal static class GetAgendaEndpoint
{
    // Raw HTML in Markdown is shown as text, so whatever people wrote is escaped, never run.

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/sessions/{sessionId:guid}/agenda", async (
                Guid sessionId,
                [Microsoft.AspNetCore.Mvc.FromQuery(Name = "for")] string? reader,
                HttpRequest request,
                ISender sender,
                CancellationToken ct) =>
            {
                var markdown = await sender.Send(new GetAgenda(sessionId, reader), ct);

                return WantsHtml(request)
                    ? Results.Text(AgendaText.ToHtml(markdown), "text/html; charset=utf-8")
                    : Results.Text(markdown, "text/markdown; charset=utf-8");
            })
            .WithName(nameof(GetAgenda))
            .WithSummary("Render a session's agenda: Markdown, or HTML for Accept: text/html; ?for=mentor|mentee")
            .WithDescription(
                "A session template that breaks a limit (loops, recursion, output size, render time) or reaches " +
                "outside its model answers 400 with the reason on the \"template\" field, never 500.")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept
            .Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
