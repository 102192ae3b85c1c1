using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Access;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.Sessions.Access;
using Mentiway.Sessions.Agendas;
using Mentiway.Sessions.Documents;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentiway.Sessions.GetAgenda;

/// <summary>
/// For is whose agenda it is: "mentor" or "mentee" (the default). It decides the zone the times are written in,
/// and only the mentor's agenda shows the mentor's preparation.
/// </summary>
public sealed record GetAgenda(Guid SessionId, string? For) : IQuery<string>;

public sealed class GetAgendaValidator : AbstractValidator<GetAgenda>
{
    public GetAgendaValidator() =>
        RuleFor(x => x.For)
            .Must(reader => reader is null or "mentor" or "mentee")
            .WithMessage("must be mentor or mentee")
            .OverridePropertyName("for");
}

/// <summary>
/// Answers the agenda as Markdown to whoever sees the session. The pair's mentee always gets the mentee's agenda,
/// whatever they ask for: the mentor's preparation never reaches them. The mentor, coordinators and admins choose.
/// </summary>
public sealed class GetAgendaHandler(IQuerySession session, ICurrentActor actor) : IQueryHandler<GetAgenda, string>
{
    public async ValueTask<string> Handle(GetAgenda query, CancellationToken cancellationToken)
    {
        var current = await session.LoadSession(query.SessionId, cancellationToken);
        var pair = await session.LoadAsync<SessionPair>(current.PairId, cancellationToken);

        var standing = (await actor.InSessionPairAsync(current, pair, cancellationToken)).MustSeeSession(current);

        var facts = await AgendaFactsReader.Gather(
            session, current, pair, ReaderFor(standing, query.For), cancellationToken);

        var model = AgendaModel.Build(facts);

        var template = current.AgendaTemplate ?? DefaultAgenda.Template;

        return await AgendaTemplates.Render(template, model, cancellationToken);
    }

    // A query parameter never widens what the caller sees: asking for the mentor's agenda as the mentee answers
    // the mentee's, as if "for" had not been given.
    private static AgendaReader ReaderFor(Standing standing, string? requested)
    {
        var theMentee = standing.Is(Relation.Mentee) && standing.IsAdmin == false;

        return requested == "mentor" && theMentee == false ? AgendaReader.Mentor : AgendaReader.Mentee;
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
                "The pair's mentee always gets the mentee's agenda, whatever \"for\" says; the mentor, the " +
                "programme's coordinators and admins choose (the mentee's by default). " +
                "A session template that breaks a limit (loops, recursion, output size, render time) or reaches " +
                "outside its model answers 400 with the reason on the \"template\" field, never 500.")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/html")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept
            .Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
