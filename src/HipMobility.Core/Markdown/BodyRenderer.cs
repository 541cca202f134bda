using System.Globalization;
using System.Text;
using HipMobility.Content;
using HipMobility.Markdown.CrossLinks;
using HipMobility.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HipMobility.Markdown;

/// <summary>A body ready for its page: HTML and step texts with every <c>[[link]]</c> filled in.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<string> Steps);

/// <summary>
/// Everything that turns a body into HTML, in two steps. <see cref="Prepare"/> renders the syntax tree once, on the
/// thread that parsed it (the tree is not kept): site-root paths go under the base path, any URL that could run script
/// (already reported) becomes <c>#</c>, and each <c>[[link]]</c> becomes a slot. It also takes the text of each item of
/// the first ordered list (a pose's steps, for the HowTo data search engines read). Once the link stage knows where
/// every target is and what it is called, <see cref="Render"/> fills the slots.
/// <para>
/// A slot is NUL, the link's index in <see cref="ContentBody.Links"/>, NUL. Nothing else in a prepared body can hold a
/// NUL: the parse stage replaces any in the source with U+FFFD before Markdig sees it, as CommonMark asks.
/// </para>
/// </summary>
public static class BodyRenderer
{
    public const char SlotMark = '\0';

    /// <summary>The slot of the link at <paramref name="index"/>.</summary>
    public static string Slot(int index) => string.Create(CultureInfo.InvariantCulture, $"{SlotMark}{index}{SlotMark}");

    // ---- step 1: when the body is parsed ----

    public static (string Html, IReadOnlyList<string> Steps) Prepare(MarkdownDocument document, SiteUrls urls)
    {
        var slot = 0;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case CrossLinkInline link:
                    link.Slot = slot++; // in document order, as BodyCheck lists the links
                    break;
                case LinkInline { Url: { } sitePath } link when sitePath.StartsWith('/') && !sitePath.StartsWith("//", StringComparison.Ordinal):
                    link.Url = urls.Site(sitePath);
                    break;
                case LinkInline { Url: { } url } link when !BodyCheck.IsSafeUrl(url):
                    link.Url = "#";
                    break;
                case AutolinkInline { Url: { } url } link when !BodyCheck.IsSafeUrl(url):
                    link.Url = "#";
                    break;
            }
        }
        return (Markdig.Markdown.ToHtml(document, GuideMarkdown.Pipeline), StepTexts(document));
    }

    private static IReadOnlyList<string> StepTexts(MarkdownDocument document)
    {
        var list = document.Descendants<ListBlock>().FirstOrDefault(l => l.IsOrdered);
        if (list is null) return [];
        var steps = new List<string>(list.Count);
        var text = ScratchText.Take();
        foreach (var block in list)
        {
            if (block is not ListItemBlock item) continue;
            // The item's paragraphs, each trimmed, joined by one space; an item with no text is no step.
            text.Clear();
            foreach (var paragraph in item.Descendants<ParagraphBlock>())
            {
                var start = text.Length;
                AppendInlineText(text, paragraph.Inline);
                TrimFrom(text, start);
                if (start > 0 && text.Length > start) text.Insert(start, ' ');
            }
            if (text.Length > 0) steps.Add(text.ToString());
        }
        ScratchText.Return(text);
        return steps;
    }

    /// <summary>The plain text of a paragraph's inlines (cross-links as their label, or the slot for their target's title).</summary>
    private static void AppendInlineText(StringBuilder text, ContainerInline? inline)
    {
        if (inline is null) return;
        foreach (var node in inline.Descendants<Inline>())
        {
            switch (node)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case CrossLinkInline link: text.Append(link.Label ?? Slot(link.Slot)); break;
                case LineBreakInline: text.Append(' '); break;
            }
        }
    }

    /// <summary>Trims white space (as <see cref="string.Trim()"/> does) from the text appended since <paramref name="start"/>.</summary>
    private static void TrimFrom(StringBuilder text, int start)
    {
        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var first = start;
        while (first < end && char.IsWhiteSpace(text[first])) first++;
        text.Length = end;
        if (first > start) text.Remove(start, first - start);
    }

    // ---- step 2: when the page is rendered ----

    public static RenderedBody Render(ContentBody body, LinkedSite site) => new(HtmlOf(body, site), StepsOf(body, site));

    /// <summary>The body's HTML, each <c>[[link]]</c> an anchor to its target (an unknown one, already reported, its label as text).</summary>
    public static string HtmlOf(ContentBody body, LinkedSite site) => Fill(body.Html, (html, index) =>
    {
        var link = body.Links[index];
        var target = site.ResolveLink(link.TargetId, link.Fragment);
        var label = link.Label ?? target?.Title ?? link.TargetId;
        if (target is var (url, _)) html.Append("<a class=\"xref\" href=\"").AppendEscapedUrl(url).Append("\">");
        html.AppendEscaped(label);
        if (target is not null) html.Append("</a>");
    });

    private static IReadOnlyList<string> StepsOf(ContentBody body, LinkedSite site) =>
        body.Steps.Select(step => Fill(step, (text, index) =>
        {
            var link = body.Links[index];
            text.Append(site.ResolveLink(link.TargetId, link.Fragment)?.Title ?? link.TargetId);
        })).ToList();

    /// <summary>The text with each slot replaced by what <paramref name="write"/> writes for its link index.</summary>
    private static string Fill(string text, Action<StringBuilder, int> write)
    {
        var next = text.IndexOf(SlotMark);
        if (next < 0) return text;
        var filled = ScratchText.Take();
        var done = 0;
        while (next >= 0)
        {
            var end = text.IndexOf(SlotMark, next + 1);
            filled.Append(text, done, next - done);
            write(filled, int.Parse(text.AsSpan(next + 1, end - next - 1), NumberStyles.None, CultureInfo.InvariantCulture));
            done = end + 1;
            next = text.IndexOf(SlotMark, done);
        }
        return ScratchText.ToStringAndReturn(filled.Append(text, done, text.Length - done));
    }
}
