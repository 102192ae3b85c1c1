using System.Globalization;
using System.Text.Json;
using CsvHelper;
using FluentValidation;
using Marten;
using Mediator;
using Mentiway.BuildingBlocks.Actors;
using Mentiway.BuildingBlocks.Errors;
using Mentiway.BuildingBlocks.Paging;
using Mentiway.Homework.Documents;
using Mentiway.Homework.Items;
using Mentiway.Homework.ReadModels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Mentiway.Homework.GetParticipantTimeline;

/// <summary>
/// Every event of a participant's items, across items and sessions, in the order they happened (by their own
/// moment, then by the store's sequence), optionally within [from, to). Without paging: the whole period, for export.
/// </summary>
public sealed record GetParticipantTimeline(Guid ParticipantId, string? From, string? To, PageRequest? Paging)
    : IQuery<Page<HomeworkEventEntry>>;

public sealed class GetParticipantTimelineValidator : AbstractValidator<GetParticipantTimeline>
{
    public GetParticipantTimelineValidator()
    {
        RuleFor(x => x.From).Instant().OverridePropertyName("from");
        RuleFor(x => x.To)
            .Instant()
            .Must((query, to) => InstantText.Parse(to) > InstantText.Parse(query.From))
            .When(x => InstantText.Parse(x.From) is not null && InstantText.Parse(x.To) is not null)
            .WithMessage("must be later than from")
            .OverridePropertyName("to");
        RuleFor(x => x.Paging).SetValidator(new PageRequestValidator()!).When(x => x.Paging is not null);
    }
}

/// <summary>Read by the same people as the participant's homework list, over the same items.</summary>
public sealed class GetParticipantTimelineHandler(IQuerySession session, ICurrentActor actor)
    : IQueryHandler<GetParticipantTimeline, Page<HomeworkEventEntry>>
{
    public async ValueTask<Page<HomeworkEventEntry>> Handle(
        GetParticipantTimeline query,
        CancellationToken cancellationToken)
    {
        var participant = await session.LoadAsync<KnownParticipant>(query.ParticipantId, cancellationToken)
            ?? throw new NotFoundException("participant", query.ParticipantId);
        var scope = await actor.MustSeeHomeworkOfAsync(session, participant, cancellationToken);

        var itemIds = await scope.Filter(session.Query<HomeworkItem>().Where(x => x.AssigneeId == participant.Id))
            .Select(x => x.Id)
            .ToListAsync(cancellationToken);
        var stored = await session.Events.QueryAllRawEvents()
            .Where(x => itemIds.Contains(x.StreamId))
            .ToListAsync(cancellationToken);

        var entries = Within(stored.Select(HomeworkEventEntry.From), query)
            .OrderBy(x => x.At)
            .ThenBy(x => x.Sequence)
            .ToList();

        return query.Paging is { } paging
            ? new Page<HomeworkEventEntry>(
                entries.Skip((paging.Number - 1) * paging.Size).Take(paging.Size).ToList(),
                paging.Number,
                paging.Size,
                entries.Count)
            : new Page<HomeworkEventEntry>(entries, 1, Math.Max(entries.Count, 1), entries.Count);
    }

    private static IEnumerable<HomeworkEventEntry> Within(
        IEnumerable<HomeworkEventEntry> entries,
        GetParticipantTimeline query)
    {
        var from = InstantText.Parse(query.From);
        var to = InstantText.Parse(query.To);

        return entries.Where(x => (from is null || x.At >= from) && (to is null || x.At < to));
    }
}

/// <summary>
/// A timeline entry as one CSV row; the event's data stays one JSON cell. CsvHelper 34 writes records through
/// writers its source generator makes for types marked like this one.
/// </summary>
[CsvRecord]
public sealed partial record TimelineCsvRow(
    string At,
    Guid HomeworkId,
    long Version,
    string Type,
    string Actor,
    Guid? ActingParticipantId,
    string? CorrelationId,
    string Data);

internal static class GetParticipantTimelineEndpoint
{
    private const string Csv = "text/csv";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/participants/{participantId:guid}/timeline", async (
                Guid participantId,
                string? from,
                string? to,
                string? format,
                int? page,
                int? pageSize,
                HttpRequest request,
                IOptions<JsonOptions> json,
                ISender sender,
                CancellationToken ct) =>
            {
                if (WantsCsv(format, request) is not { } csv)
                {
                    throw InputRejected.Because("format", "must be json or csv");
                }

                var paging = csv ? null : new PageRequest(page, pageSize);
                var timeline = await sender.Send(new GetParticipantTimeline(participantId, from, to, paging), ct);

                return csv
                    ? Results.Text(ToCsv(timeline.Items, json.Value.SerializerOptions), $"{Csv}; charset=utf-8")
                    : Results.Ok(timeline);
            })
            .WithName(nameof(GetParticipantTimeline))
            .WithSummary("A participant's homework timeline, paged; the whole period as CSV with format=csv")
            .WithDescription(
                "Every event of the participant's items in order, optionally within [from, to). JSON is paged; " +
                "CSV (Accept: text/csv or ?format=csv) exports the whole period, one row per event.")
            .Produces<Page<HomeworkEventEntry>>()
            .Produces<string>(contentType: Csv)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>True for CSV, false for JSON, null for a format the endpoint does not speak.</summary>
    private static bool? WantsCsv(string? format, HttpRequest request) => format?.ToLowerInvariant() switch
    {
        "csv" => true,
        "json" => false,
        null => request.Headers.Accept.Any(accept => accept?.Contains(Csv, StringComparison.OrdinalIgnoreCase) == true),
        _ => null,
    };

    private static string ToCsv(IEnumerable<HomeworkEventEntry> entries, JsonSerializerOptions json)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        // The export is opened in spreadsheets: text a person wrote must never run there as a formula.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);

        csv.WriteRecords(entries.Select(entry => new TimelineCsvRow(
            entry.At.ToString("O", CultureInfo.InvariantCulture),
            entry.HomeworkId,
            entry.Version,
            entry.Type,
            entry.Actor,
            entry.ActingParticipantId,
            entry.CorrelationId,
            JsonSerializer.Serialize(entry.Data, entry.Data.GetType(), json))));
        csv.Flush();

        return writer.ToString();
    }
}
