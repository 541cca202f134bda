using System.Text;
using HipMobility.Content;
using HipMobility.Markdown;
using HipMobility.Markdown.CrossLinks;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HipMobility.Rendering;

/// <summary>
/// A body ready for its page: the HTML, and the text of each item of its first ordered list (a pose's steps, for the
/// HowTo data search engines read).
/// </summary>
public sealed record RenderedBody(string Html, IReadOnlyList<string> Steps)
{
    /// <summary>
    /// Parses the body's text again and renders it with its links resolved: <c>[[links]]</c> to their page and title,
    /// site-root paths under the base path, and any URL that could run script (already reported) to <c>#</c>.
    /// </summary>
    public static RenderedBody Of(ContentBody body, LinkedSite site)
    {
        var document = Markdig.Markdown.Parse(body.Markdown, GuideMarkdown.Pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CrossLinkInline link when site.ResolveLink(link.TargetId, link.Fragment) is var (url, title):
                    (link.ResolvedUrl, link.ResolvedTitle) = (url, title);
                    break;
                case LinkInline { Url: { } sitePath } link when sitePath.StartsWith('/') && !sitePath.StartsWith("//", StringComparison.Ordinal):
                    link.Url = site.Urls.Site(sitePath);
                    break;
                case LinkInline { Url: { } url } link when !BodyCheck.IsSafeUrl(url):
                    link.Url = "#";
                    break;
                case AutolinkInline { Url: { } url } link when !BodyCheck.IsSafeUrl(url):
                    link.Url = "#";
                    break;
            }
        }
        return new RenderedBody(document.ToHtml(GuideMarkdown.Pipeline), StepTexts(document));
    }

    private static IReadOnlyList<string> StepTexts(MarkdownDocument document)
    {
        var list = document.Descendants<ListBlock>().FirstOrDefault(l => l.IsOrdered);
        if (list is null) return [];
        return list.OfType<ListItemBlock>()
            .Select(item => string.Join(" ", item.Descendants<ParagraphBlock>().Select(p => InlineText(p.Inline)).Where(t => t.Length > 0)))
            .Where(t => t.Length > 0).ToList();
    }

    /// <summary>The plain text of a paragraph's inlines (cross-links as their label).</summary>
    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        foreach (var node in inline.Descendants<Inline>())
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case CrossLinkInline link: text.Append(link.Label ?? link.ResolvedTitle ?? link.TargetId); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
        return text.ToString().Trim();
    }
}
