using Mentiway.BuildingBlocks.Errors;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Mentiway.Sessions.Agendas;

/// <summary>
/// Parses and renders agenda templates in a sandbox. Templates are written by people, so they get only a view
/// model of strings and numbers built for them, no loader for include, Scriban's loop, recursion and size limits
/// (raising instead of truncating silently) and a time limit. Whatever stops a template is the template's fault:
/// it answers 400 on the "template" field, never a 500 or a hang.
/// </summary>
public static class AgendaTemplates
{
    public const int MaxTemplateLength = 20_000;
    public const int LoopLimit = 1_000;
    public const int RecursionLimit = 100;
    public const int OutputLimit = 1_048_576;
    public static readonly TimeSpan RenderTimeLimit = TimeSpan.FromSeconds(2);

    // Deep nesting is parsed recursively; a low limit keeps a hostile template far from the stack's end.
    private static readonly ParserOptions Parsing = new() { ExpressionDepthLimit = 64 };

    public static Template Parse(string text) => Template.Parse(text, sourceFilePath: null, parserOptions: Parsing);

    /// <summary>Why a template does not parse, with line and column counted from 1; null when it parses.</summary>
    public static string? ParseError(string text)
    {
        var template = Parse(text);
        var error = template.Messages.FirstOrDefault(message => message.Type == ParserMessageType.Error);

        return template.HasErrors && error is not null
            ? $"does not parse at line {error.Span.Start.Line + 1}, column {error.Span.Start.Column + 1}: " +
              error.Message
            : null;
    }

    public static Task<string> Render(string text, ScriptObject model, CancellationToken requestAborted) =>
        Render(text, model, RenderTimeLimit, requestAborted);

    internal static async Task<string> Render(
        string text,
        ScriptObject model,
        TimeSpan timeLimit,
        CancellationToken requestAborted)
    {
        var template = Parse(text);
        if (template.HasErrors)
        {
            throw InputRejected.Because("template", ParseError(text) ?? "does not parse");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        deadline.CancelAfter(timeLimit);
        var context = Sandbox(model, deadline.Token);

        string output;
        try
        {
            // The token stops Scriban between steps; the wait stops us waiting should a step itself never end.
            output = await Task.Run(async () => await template.RenderAsync(context), deadline.Token)
                .WaitAsync(timeLimit * 2, requestAborted);
        }
        catch (Exception stopped) when (requestAborted.IsCancellationRequested == false)
        {
            // Past the deadline, whatever Scriban was doing when it noticed, the reason is the time limit.
            var reason = deadline.IsCancellationRequested
                ? $"was stopped: it ran longer than {timeLimit.TotalMilliseconds:0} ms"
                : Explain(stopped, timeLimit);
            throw InputRejected.Because("template", reason);
        }

        // The limits raise rather than truncate; this catches any path that still truncated silently.
        return output.Length >= OutputLimit
            ? throw InputRejected.Because("template", $"produced more than {OutputLimit} characters")
            : output;
    }

    private static TemplateContext Sandbox(ScriptObject model, CancellationToken cancellationToken)
    {
        var context = new TemplateContext
        {
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            LimitToString = OutputLimit,
            OutputLimit = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = 20,
            TemplateLoader = null,
            MemberFilter = _ => false,
            CancellationToken = cancellationToken,
        };
        context.PushGlobal(model);

        return context;
    }

    private static string Explain(Exception stopped, TimeSpan timeLimit) => stopped switch
    {
        OperationCanceledException or TimeoutException =>
            $"was stopped: it ran longer than {timeLimit.TotalMilliseconds:0} ms",
        ScriptRuntimeException script => $"was stopped at {script.Span.ToStringSimple()}: {Reason(script)}",
        _ => "was stopped: it went over a limit of what templates may do",
    };

    // Scriban's own messages name its internals; the template's author needs the limit, in our words.
    private static string Reason(ScriptRuntimeException script) => script.OriginalMessage switch
    {
        var m when m.Contains("loop", StringComparison.OrdinalIgnoreCase) =>
            $"a loop ran more than {LoopLimit} times",
        var m when m.Contains("recurs", StringComparison.OrdinalIgnoreCase) =>
            $"it nested deeper than {RecursionLimit} levels",
        var m when m.Contains("limit", StringComparison.OrdinalIgnoreCase) =>
            $"it produced more than {OutputLimit} characters",
        var m when m.Contains("include", StringComparison.OrdinalIgnoreCase) =>
            "templates may not include other templates",
        _ => "it used something templates may not use here",
    };
}
