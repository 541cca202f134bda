using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace HipMobility.Markdown.SafeHtml;

/// <summary>
/// Keeps raw HTML in the syntax tree (so the validator can point at it) but renders it escaped.
/// Escaping rather than an allow-list: the guide needs no markup Markdown cannot express.
/// </summary>
public sealed class SafeHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new EscapedHtmlBlockRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new EscapedHtmlInlineRenderer());
    }
}

public static class SafeHtmlPipelineExtensions
{
    public static MarkdownPipelineBuilder UseEscapedHtml(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<SafeHtmlExtension>();
        return pipeline;
    }
}
