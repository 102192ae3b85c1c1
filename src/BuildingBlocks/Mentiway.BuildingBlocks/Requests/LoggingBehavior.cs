using System.Diagnostics;
using Mediator;
using Mentiway.BuildingBlocks.Errors;
using Microsoft.Extensions.Logging;

namespace Mentiway.BuildingBlocks.Requests;

/// <summary>
/// The one place that logs each request: its module, outcome and duration. Handlers log only business facts.
/// Expected refusals (bad input, conflicts, stale versions) are information, not errors.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string RequestName = typeof(TMessage).Name;
    private static readonly string ModuleName = ModuleNames.Of(typeof(TMessage));

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(RequestName, ModuleName, "ok", Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            return response;
        }
        catch (Exception refusal) when (refusal is FluentValidation.ValidationException or RefusalException)
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogHandled(RequestName, ModuleName, refusal.GetType().Name, elapsedMs);
            throw;
        }
        catch (Exception failure) when (LogFailure(failure, Stopwatch.GetElapsedTime(started).TotalMilliseconds))
        {
            throw;
        }
    }

    private bool LogFailure(Exception failure, double elapsedMs)
    {
        if (ConcurrencyConflicts.IsConflict(failure))
        {
            LogHandled(RequestName, ModuleName, "ConcurrencyConflict", elapsedMs);
        }
        else
        {
            LogFailed(failure, RequestName, ModuleName, elapsedMs);
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Handled {RequestName} in {Module}: {Outcome} after {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string requestName, string module, string outcome, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Failed {RequestName} in {Module} after {ElapsedMs:0.0} ms")]
    private partial void LogFailed(Exception failure, string requestName, string module, double elapsedMs);
}
