using Markdig;
using HipMobility.Markdown.CrossLinks;
using HipMobility.Markdown.HeadingIds;
using HipMobility.Markdown.SafeHtml;

namespace HipMobility.Markdown;

/// <summary>The one Markdig pipeline the guide uses: parsing and rendering share it. Thread-safe.</summary>
public static class GuideMarkdown
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseHeadingIds()
        .UseCrossLinks()
        .UseEscapedHtml()
        .Build();
}
