using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HipMobility.Markdown.SafeHtml;

/// <summary>Shows a raw HTML block as text: content can never put markup, script or styles into a page.</summary>
public sealed class EscapedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        if (block.Type == HtmlBlockType.Comment) return; // a contributor's note, not content
        renderer.Write("<p>");
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) renderer.Write("<br>");
            renderer.WriteEscape(lines.Lines[i].Slice.ToString());
        }
        renderer.WriteLine("</p>");
    }
}

/// <summary>Shows an inline HTML tag as text.</summary>
public sealed class EscapedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        if (!inline.Tag.StartsWith("<!--", StringComparison.Ordinal)) renderer.WriteEscape(inline.Tag);
    }
}
