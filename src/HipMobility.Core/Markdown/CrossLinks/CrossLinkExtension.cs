using Markdig;
using Markdig.Renderers;

namespace HipMobility.Markdown.CrossLinks;

public sealed class CrossLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CrossLinkParser>())
            pipeline.InlineParsers.Insert(0, new CrossLinkParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CrossLinkRenderer>())
            html.ObjectRenderers.Insert(0, new CrossLinkRenderer());
    }
}

public static class CrossLinkPipelineExtensions
{
    /// <summary>Adds <c>[[id]]</c> cross-links between poses, muscles and routines.</summary>
    public static MarkdownPipelineBuilder UseCrossLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CrossLinkExtension>();
        return pipeline;
    }
}
