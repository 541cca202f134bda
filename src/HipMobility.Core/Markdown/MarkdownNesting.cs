using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace HipMobility.Markdown;

/// <summary>
/// How deeply a parsed body nests blocks and inlines (quotes in lists in quotes, emphasis in links…). Markdig refuses to
/// parse or render past its own depth limit with an exception; a body deeper than <see cref="Limit"/> is reported instead,
/// at its deepest point. Walks with its own stack, so no depth can overflow the thread's.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Far deeper than any page of the guide (which nest about six levels), far below Markdig's limits.</summary>
    public const int Limit = 32;

    /// <summary>The depth of the deepest node (the first one, if several) and its 0-based line and column in the parsed text.</summary>
    public readonly record struct Deepest(int Depth, int Line, int Column);

    public static Deepest Measure(MarkdownDocument document)
    {
        var deepest = new Deepest(0, 0, 0);
        var stack = new Stack<(MarkdownObject Node, int Depth)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > deepest.Depth || (depth == deepest.Depth && node.Line < deepest.Line)) deepest = new Deepest(depth, Math.Max(0, node.Line), Math.Max(0, node.Column));
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) stack.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push((inline, depth + 1));
                    break;
                case ContainerInline inline:
                    for (var child = inline.FirstChild; child is not null; child = child.NextSibling) stack.Push((child, depth + 1));
                    break;
            }
        }
        return deepest;
    }
}
