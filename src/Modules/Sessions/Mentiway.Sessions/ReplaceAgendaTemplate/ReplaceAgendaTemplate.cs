using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Http;
using Mentiway.Sessions.Agendas;
using Mentiway.Sessions.Events;
using Mentiway.Sessions.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;


namespace Mentiway.Sessions.ReplaceAgendaTemplate;

public sealed record ReplaceAgendaTemplateRequest(string? Template);

public sealed record ReplaceAgendaTemplate(
    Guid SessionId,
    ReplaceAgendaTemplateRequest Replacement,
    long? ExpectedVersion) : ICommand<long>;

public sealed class ReplaceAgendaTemplateValidator : AbstractValidator<ReplaceAgendaTemplate>
{
    public ReplaceAgendaTemplateValidator()
    {
        RuleFor(x => x.Replacement.Template)
            .NotEmpty().WithMessage("must not be empty")
            .MaximumLength(AgendaTemplates.MaxTemplateLength)
            .WithMessage($"must be at most {AgendaTemplates.MaxTemplateLength} characters")
            .OverridePropertyName("template");
        RuleFor(x => x.Replacement.Template)
            .Custom((template, context) =>
            {
                if (AgendaTemplates.ParseError(template!) is { } error)
                {
                    context.AddFailure("template", error);
                }
            })
            .When(x => string.IsNullOrEmpty(x.Replacement.Template) == false
                && x.Replacement.Template.Length <= AgendaTemplates.MaxTemplateLength);
    }
}

public sealed class ReplaceAgendaTemplateHandler(
    IDocumentSession session,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<ReplaceAgendaTemplate, long>
{
    public async ValueTask<long> Handle(ReplaceAgendaTemplate command, CancellationToken cancellationToken)
    {
        var (stream, pair) = await session.FetchSessionForMentorsChange(
            actor,
            command.SessionId,
            command.ExpectedVersion,
            "Only the pair's mentor changes a session's agenda template.",
            cancellationToken);
        var current = stream.Aggregate!;

        // A template that parses may still never finish (an endless loop, a huge string): a trial run, with the
        // same limits as every reader's, refuses it now rather than breaking the agenda for everyone later. It runs
        // on the mentor's agenda, the fuller one: the mentee's has no preparation to loop over.
        var facts = await AgendaFactsReader.Gather(session, current, pair, AgendaReader.Mentor, cancellationToken);
        var trial = await AgendaTemplates.Render(
            command.Replacement.Template!, AgendaModel.Build(facts), cancellationToken);

        // The template engine reads an unclosed "{{" at the end as code to the end: the agenda would be blank.
        if (string.IsNullOrWhiteSpace(trial))
        {
            throw InputRejected.Because("template", "renders an empty agenda; is a '{{' left unclosed?");
        }

        stream.AppendOne(new SessionAgendaTemplateReplaced(
            current.Id, command.Replacement.Template!, clock.GetUtcNow(), actor.Subject));

        return current.Version + 1;
    }
}

internal static class ReplaceAgendaTemplateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/sessions/{sessionId:guid}/agenda-template", async (
                Guid sessionId,
                ReplaceAgendaTemplateRequest body,
                HttpRequest request,
                HttpResponse response,
                ISender sender,
                CancellationToken ct) =>
            {
                var version = await sender.Send(
                    new ReplaceAgendaTemplate(sessionId, body, request.ExpectedVersion()), ct);
                response.WriteETag(version);

                return Results.NoContent();
            })
            .WithName(nameof(ReplaceAgendaTemplate))
            .WithSummary("Give one session its own agenda template (Scriban); one that does not parse is refused")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
