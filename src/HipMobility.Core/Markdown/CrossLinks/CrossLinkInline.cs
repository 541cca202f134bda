using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace HipMobility.Markdown.CrossLinks;

/// <summary><c>[[id]]</c>, <c>[[id|label]]</c> or <c>[[id#variant]]</c>: a link to a pose, muscle or routine by id.</summary>
public sealed class CrossLinkInline : LeafInline
{
    public required string TargetId { get; init; }
    public string? Fragment { get; init; }
    public string? Label { get; init; }
    public required StringSlice Source { get; init; }

    /// <summary>Set by the link stage once the id is known to exist.</summary>
    public string? ResolvedUrl { get; set; }

    /// <summary>Set by the link stage: the target's title, used when no label is given.</summary>
    public string? ResolvedTitle { get; set; }
}
