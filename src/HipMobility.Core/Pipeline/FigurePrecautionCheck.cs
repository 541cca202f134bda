using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Schema;

namespace HipMobility.Pipeline;

/// <summary>
/// A figure is evidence for the cautions: a version whose figure takes a hip into a position that a posterior hip
/// replacement must avoid (flexion past 90°, adduction past the midline, internal rotation: the posterior-approach
/// precautions patients are given after surgery) must carry the <c>hip-replacement-posterior</c> precaution.
/// </summary>
internal static class FigurePrecautionCheck
{
    internal const string Tag = "hip-replacement-posterior";

    public static void Run(Pose pose, IReadOnlyList<DrawnVersion> drawn, CheckedFields fields, DiagnosticBag diagnostics)
    {
        var variantFields = fields.MappingList("variants");
        foreach (var version in drawn)
        {
            var at = version.Index < 0 ? fields.Mapping("figure")?.Location
                : version.Index < variantFields.Count ? variantFields[version.Index].Mapping("figure")?.Location : null;
            if (at is not { } location) continue;
            if (pose.PrecautionsOf(version.Variant).Any(p => p.Tag == Tag)) continue;
            if (Position(version.Frames) is not { } position) continue;
            var what = version.Variant is null ? "this pose" : $"version '{version.Variant.Id}'";
            diagnostics.Error(location, DiagnosticCodes.FigureNeedsPrecaution,
                $"the figure of {what} shows {position}, which a posterior hip replacement must avoid, but {what} has no '{Tag}' precaution",
                $"Add '- tag: {Tag}' under precautions, at the level that fits (never 'none' on a version whose figure shows this), or change the figure");
        }
    }

    /// <summary>What, in any frame, a posterior hip replacement must avoid; null when nothing.</summary>
    private static string? Position(IReadOnlyList<IReadOnlyDictionary<string, double>> frames)
    {
        foreach (var angles in frames)
        {
            double A(string name) => angles.TryGetValue(name, out var v) ? v : 0;
            foreach (var side in new[] { "left", "right" })
            {
                if (A(side + "-hip-flexion") - A(side + "-hip-extension") > 90) return $"the {side} hip bent past 90 degrees";
                if (A(side + "-hip-adduction") - A(side + "-hip-abduction") > 0) return $"the {side} hip drawn across the midline";
                if (A(side + "-hip-internal-rotation") - A(side + "-hip-external-rotation") > 0) return $"the {side} hip turned in";
            }
        }
        return null;
    }
}
