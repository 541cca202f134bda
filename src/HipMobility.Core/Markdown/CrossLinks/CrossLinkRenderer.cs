using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HipMobility.Markdown.CrossLinks;

/// <summary>
/// Writes a cross-link as its slot, filled with an anchor once the target's address and title are known
/// (<see cref="BodyRenderer"/>); a link outside a prepared body (no slot) as its label, in plain text.
/// </summary>
public sealed class CrossLinkRenderer : HtmlObjectRenderer<CrossLinkInline>
{
    protected override void Write(HtmlRenderer renderer, CrossLinkInline link)
    {
        if (link.Slot < 0) renderer.WriteEscape(link.Label ?? link.TargetId);
        else renderer.Write(BodyRenderer.Slot(link.Slot));
    }
}
