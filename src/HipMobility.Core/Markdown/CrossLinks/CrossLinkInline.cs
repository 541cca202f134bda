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

    /// <summary>Its index among the body's links, set when the body is prepared: it is written as that slot (see <see cref="BodySlots"/>).</summary>
    public int Slot { get; set; } = -1;
}
