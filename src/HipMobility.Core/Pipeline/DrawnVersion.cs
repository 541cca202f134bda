using HipMobility.Content;
using HipMobility.Figures;

namespace HipMobility.Pipeline;

/// <summary>
/// A pose or one of its versions that has a figure of its own, with every joint angle of each frame (orientation and
/// figure included, limbs named per side): what the figure checks read, worked out once per pose.
/// </summary>
/// <param name="Index">The version's place under <c>variants</c>; -1 for the pose itself.</param>
internal sealed record DrawnVersion(int Index, PoseVariant? Variant, IReadOnlyList<IReadOnlyDictionary<string, double>> Frames)
{
    public static IReadOnlyList<DrawnVersion> Of(Pose pose) =>
        pose.Variants.Prepend(null)
            .Select((v, i) => (Index: i - 1, Variant: v, Figure: v is null ? pose.Figure : pose.FigureOf(v)))
            .Where(x => x.Figure is not null)
            .Select(x => new DrawnVersion(x.Index, x.Variant,
                x.Figure!.Frames.Select(frame => FigurePlacement.Between(x.Figure, frame, frame, 0).Angles).ToList()))
            .ToList();
}
