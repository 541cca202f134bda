using Markdig.Helpers;
using Markdig.Parsers;

namespace HipMobility.Markdown.CrossLinks;

/// <summary>Parses <c>[[target]]</c>, <c>[[target|label]]</c> and <c>[[target#fragment]]</c> on one line.</summary>
public sealed class CrossLinkParser : InlineParser
{
    public CrossLinkParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[') return false;
        var text = slice.Text;
        var innerStart = slice.Start + 2;
        // The link ends at the first "]]"; a '[' or a line break before it means this is no cross-link. The scan stops
        // there and copies nothing until it matches, so a run of thousands of brackets costs linear time and memory.
        var close = -1;
        for (var i = innerStart; i < slice.End; i++)
        {
            var c = text[i];
            if (c is '[' or '\n') return false;
            if (c == ']' && text[i + 1] == ']')
            {
                close = i;
                break;
            }
        }
        if (close <= innerStart) return false;
        var inner = text[innerStart..close];

        var bar = inner.IndexOf('|');
        var target = (bar >= 0 ? inner[..bar] : inner).Trim();
        var label = bar >= 0 ? inner[(bar + 1)..].Trim() : null;
        var hash = target.IndexOf('#');
        var id = hash >= 0 ? target[..hash] : target;
        var fragment = hash >= 0 ? target[(hash + 1)..] : null;
        if (id.Length == 0) return false;

        var start = slice.Start;
        var end = close + 1;
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new CrossLinkInline
        {
            TargetId = id,
            Fragment = string.IsNullOrEmpty(fragment) ? null : fragment,
            Label = string.IsNullOrEmpty(label) ? null : label,
            Source = new StringSlice(text, start, end),
            Span = new Markdig.Syntax.SourceSpan(position, position + end - start),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
