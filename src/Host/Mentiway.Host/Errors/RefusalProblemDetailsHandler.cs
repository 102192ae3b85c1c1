using System.Text.Json;
using FluentValidation;
using Mentiway.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Mentiway.Host.Errors;

/// <summary>
/// Turns every exception that reaches the host into RFC 9457 problem details. Refusals keep their own message;
/// anything else becomes a plain 500 whose detail says nothing about the inside.
/// </summary>
internal sealed class RefusalProblemDetailsHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext,
        Exception exception,
        CancellationToken cancellationToken)
    {
        var problem = ProblemFor(exception, httpContext);
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;

        var written = await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
        if (written == false)
        {
            // The caller asked for something else (the HTML agenda, a CSV export): a problem is still JSON.
            problem.Extensions["traceId"] = httpContext.TraceIdentifier;
            await httpContext.Response.WriteAsJsonAsync(
                problem, problem.GetType(), options: null, contentType: "application/problem+json", cancellationToken);
        }

        return true;
    }

    /// <summary>Refusals are the caller's business, not the operator's: they are not logged as errors.</summary>
    public static bool IsExpected(Exception exception) =>
        exception is ValidationException or RefusalException or BadHttpRequestException
        || ConcurrencyConflicts.IsConflict(exception);

    private static ProblemDetails ProblemFor(Exception exception, HttpContext httpContext) => exception switch
    {
        ValidationException validation => InvalidInput(validation),
        BadHttpRequestException { InnerException: JsonException json } => UnreadableJson(json),
        BadHttpRequestException badRequest => UnreadableRequest(badRequest),
        NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found", notFound.Message),
        ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Message),
        ConflictException conflict => Conflict(conflict),
        _ when ConcurrencyConflicts.IsConflict(exception) => LostRace(httpContext),
        _ => Problem(
            StatusCodes.Status500InternalServerError,
            "Unexpected error",
            "Something went wrong on our side. Nothing was changed; try again, and quote the trace id if it persists."),
    };

    private static HttpValidationProblemDetails InvalidInput(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(failure => FieldName(failure.PropertyName))
            .ToDictionary(
                group => group.Key,
                group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray());

        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = "One or more fields are invalid; nothing was changed.",
        };
    }

    private static HttpValidationProblemDetails UnreadableJson(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$"
            ? "body"
            : FieldName(json.Path.TrimStart('$', '.'));
        var errors = new Dictionary<string, string[]>
        {
            [field] = ["has the wrong type or format here (text in quotes, whole numbers, dates as YYYY-MM-DD, " +
                "instants as ISO 8601 with an offset, names of choices as documented)"],
        };

        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid input",
            Detail = "The request body could not be read as JSON of the expected shape; nothing was changed.",
        };
    }

    private static ProblemDetails UnreadableRequest(BadHttpRequestException badRequest) =>
        badRequest.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => Problem(badRequest.StatusCode, "Request too large",
                "The request body is larger than this endpoint accepts."),
            StatusCodes.Status415UnsupportedMediaType => Problem(badRequest.StatusCode, "Unsupported media type",
                "Send the body as application/json."),
            _ => Problem(StatusCodes.Status400BadRequest, "Invalid request",
                "A route or query parameter has the wrong format, or a required body is missing."),
        };

    private static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message);
        if (conflict.CurrentState is not null)
        {
            problem.Extensions["currentState"] = conflict.CurrentState;
        }

        return problem;
    }

    // With If-Match the caller named the version it saw: losing means that version is stale (412).
    // Without it, two writers raced and this one lost (409); a retry will see the winner's change.
    private static ProblemDetails LostRace(HttpContext httpContext) =>
        httpContext.Request.Headers.IfMatch.Count > 0
            ? Problem(StatusCodes.Status412PreconditionFailed, "Stale version",
                "The resource changed since the version in If-Match; reload it and try again.")
            : Problem(StatusCodes.Status409Conflict, "Concurrent change",
                "Someone changed this resource at the same moment; reload it and try again.");

    private static ProblemDetails Problem(int status, string title, string detail) =>
        new() { Status = status, Title = title, Detail = detail };

    // Paging rules sit on a nested PageRequest; the client knows them as the query parameters page and pageSize.
    private static string FieldName(string path)
    {
        var field = string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

        return field.StartsWith("paging.", StringComparison.Ordinal) ? field["paging.".Length..] : field;
    }
}
