using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Markdown.CrossLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HipMobility.Markdown;

/// <summary>
/// What the build needs from a parsed body before its tree is dropped: the <c>[[links]]</c>, which the link stage checks
/// against the other files, and the problems a body shows on its own: link URLs that could run script, and raw HTML.
/// </summary>
public static class BodyCheck
{
    public static IReadOnlyList<BodyLink> Run(MarkdownDocument document, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var links = new List<BodyLink>();
        foreach (var node in document.Descendants())
        {
            var at = new SourceLocation(path, node.Line + lineOffset + 1, node.Column + 1);
            switch (node)
            {
                case CrossLinkInline link:
                    links.Add(new BodyLink(link.TargetId, link.Fragment, link.Label, at.Line, at.Column));
                    break;
                case LinkInline { Url: { } url } when !IsSafeUrl(url):
                    diagnostics.Error(at, DiagnosticCodes.UnsafeLinkUrl, $"link URL '{url}' is not allowed",
                        "Use http(s), mailto or a path on this site; use [[id]] for pages of the guide");
                    break;
                case AutolinkInline { Url: { } autoUrl } when !IsSafeUrl(autoUrl):
                    diagnostics.Error(at, DiagnosticCodes.UnsafeLinkUrl, $"link URL '{autoUrl}' is not allowed",
                        "Use http(s), mailto or a path on this site");
                    break;
                case HtmlBlock { Type: HtmlBlockType.Comment }:
                case HtmlInline inline when inline.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    break; // comments are notes for contributors: never rendered, never warned about
                case HtmlBlock or HtmlInline:
                    diagnostics.Warning(at, DiagnosticCodes.RawHtml, "raw HTML is shown as text, not as markup",
                        "Use Markdown instead: **bold**, lists, [[links]]");
                    break;
            }
        }
        return links;
    }

    /// <summary>A relative URL, or one whose scheme is http(s) or mailto: nothing that could run script.</summary>
    public static bool IsSafeUrl(string url)
    {
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative: no scheme
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
