using System.Text;
using HipMobility.Content;
using HipMobility.Markdown.CrossLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HipMobility.Markdown;

/// <summary>
/// Renders a checked body's syntax tree to HTML, once, on the thread that parsed it: site-root paths go under the base
/// path, any URL that could run script (already reported) becomes <c>#</c>, and each <c>[[link]]</c> becomes its slot.
/// Also takes the text of each item of the first ordered list (a pose's steps, for the HowTo data search engines read),
/// with a slot where a link without a label shows its target's title.
/// </summary>
public static class PreparedBody
{
    public static (string Html, IReadOnlyList<string> Steps) Render(MarkdownDocument document, SiteUrls urls)
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
        var text = Rendering.ScratchText.Take();
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
        Rendering.ScratchText.Return(text);
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
                case CrossLinkInline link: text.Append(link.Label ?? BodySlots.Of(link.Slot)); break;
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
}
