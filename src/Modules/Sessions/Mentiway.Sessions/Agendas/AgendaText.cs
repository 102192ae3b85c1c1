using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Mentiway.Sessions.Agendas;

/// <summary>
/// What people wrote, made safe for an agenda. Plain text (titles, results, reflections, feedback, names) shows
/// exactly as written: its Markdown characters are escaped. Instructions are Markdown by design, so they keep their
/// formatting, but in HTML a link may only lead to a web page or an e-mail address, and pictures are not fetched.
/// </summary>
public static class AgendaText
{
    private const string Escaped = "\\`*_{}[]<>#!|~&";

    private static readonly MarkdownPipeline HtmlPipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string? Literal(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var literal = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && c is '-' or '+' or '=')
            {
                literal.Append('\\');
            }
            else if (lineStart && char.IsAsciiDigit(c))
            {
                i = CopyListNumber(text, i, literal);
                lineStart = false;
                continue;
            }

            if (Escaped.Contains(c, StringComparison.Ordinal))
            {
                literal.Append('\\');
            }

            literal.Append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return literal.ToString();
    }

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, HtmlPipeline);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || IsSafe(link.Url) == false)
            {
                Unlink(link);
            }
        }

        return document.ToHtml(HtmlPipeline);
    }

    // "1." or "2)" at a line's start would begin a list: the digits stay, the dot or bracket is escaped.
    private static int CopyListNumber(string text, int start, StringBuilder literal)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        literal.Append(text, start, end - start);
        if (end < text.Length && text[end] is '.' or ')')
        {
            literal.Append('\\').Append(text[end]);
            return end;
        }

        return end - 1;
    }

    private static bool IsSafe(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeMailto);

    // The link's text stays, as text; the address goes.
    private static void Unlink(LinkInline link)
    {
        var text = PlainText(link);
        link.ReplaceBy(new LiteralInline(text.Length > 0 ? text : "(picture)"));
    }

    private static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(literal => literal.Content.ToString()));
}
