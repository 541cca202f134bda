using HipMobility.Text;
using System.Globalization;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HipMobility.Markdown.HeadingIds;

/// <summary>
/// GitHub-style heading ids (<c>## Why it helps</c> → <c>why-it-helps</c>, repeats → <c>-1</c>, <c>-2</c>…), the same ids
/// as Markdig's auto-identifiers, found in linear time: Markdig tries <c>-1</c>, <c>-2</c>… from the start for every
/// repeat, so a file with tens of thousands of equal headings took minutes.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private const string DataKey = "HipMobility.HeadingIds";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Setext headings are closed as paragraphs first, so both parsers are hooked.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is null) continue;
            parser.Closed -= OnClosed;
            parser.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += AssignId;
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } headingInline } heading) return;
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null) return;

        if (processor.Document.GetData(DataKey) is not UsedIds used)
        {
            used = new UsedIds();
            processor.Document.SetData(DataKey, used);
        }
        // The heading's text without markup, as Markdig's auto-identifiers take it. A renderer costs more to make than a
        // heading costs to render, so one is reused.
        var plain = PerThread<PlainTextRenderer>.Take(() => new PlainTextRenderer());
        plain.Writer.GetStringBuilder().Clear();
        plain.Renderer.Render(headingInline);
        var text = LinkHelper.UrilizeAsGfm(plain.Writer.ToString());
        PerThread<PlainTextRenderer>.Return(plain);
        attributes.Id = used.Claim(text.Length == 0 ? "section" : text);
    }

    private sealed class PlainTextRenderer
    {
        public readonly StringWriter Writer = new();
        public readonly HtmlRenderer Renderer;
        public PlainTextRenderer() => Renderer = new HtmlRenderer(Writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
    }

    /// <summary>Ids taken so far, and for each base id the next suffix worth trying.</summary>
    private sealed class UsedIds
    {
        private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

        public string Claim(string id)
        {
            if (_taken.Add(id)) return id;
            // Every suffix below the stored one is taken for good (ids are never released), so the search resumes there.
            var suffix = _nextSuffix.GetValueOrDefault(id, 1);
            string candidate;
            while (!_taken.Add(candidate = id + "-" + suffix.ToString(CultureInfo.InvariantCulture))) suffix++;
            _nextSuffix[id] = suffix + 1;
            return candidate;
        }
    }
}

public static class HeadingIdPipelineExtensions
{
    /// <summary>Gives every heading a unique GitHub-style id, for fragment links such as <c>#why-it-helps</c>.</summary>
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdExtension>();
        return pipeline;
    }
}
