using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.Sessions.Agendas;
using Mentiway.Sessions.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
        var facts = await AgendaFactsReader.Gather(session, current, query.For ?? "mentee", cancellationToken);

        var model = AgendaModel.Build(facts);

        var template = current.AgendaTemplate ?? DefaultAgenda.Template;

        return await AgendaTemplates.Render(template, model, cancellationToken);
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
