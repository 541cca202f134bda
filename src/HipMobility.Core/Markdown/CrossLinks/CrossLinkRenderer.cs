using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HipMobility.Markdown.CrossLinks;

/// <summary>Writes a resolved cross-link as an anchor; an unresolved one (already reported) as plain text.</summary>
public sealed class CrossLinkRenderer : HtmlObjectRenderer<CrossLinkInline>
{
    protected override void Write(HtmlRenderer renderer, CrossLinkInline link)
    {
        var label = link.Label ?? link.ResolvedTitle ?? link.TargetId;
        if (link.ResolvedUrl is null)
        {
            renderer.WriteEscape(label);
            return;
        }
        renderer.Write("<a class=\"xref\" href=\"").WriteEscapeUrl(link.ResolvedUrl).Write("\">");
        renderer.WriteEscape(label);
        renderer.Write("</a>");
    }
}
