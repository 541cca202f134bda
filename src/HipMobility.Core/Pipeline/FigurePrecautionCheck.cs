using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Figures;
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

    public static void Run(Pose pose, CheckedFields fields, DiagnosticBag diagnostics)
    {
        Check(pose, null, fields.Mapping("figure")?.Location, "this pose", diagnostics);
        var variantFields = fields.MappingList("variants");
        for (var i = 0; i < pose.Variants.Count && i < variantFields.Count; i++)
            Check(pose, pose.Variants[i], variantFields[i].Mapping("figure")?.Location, $"version '{pose.Variants[i].Id}'", diagnostics);
    }

    private static void Check(Pose pose, PoseVariant? variant, SourceLocation? at, string what, DiagnosticBag diagnostics)
    {
        if (at is not { } location) return;
        if ((variant is null ? pose.Figure : pose.FigureOf(variant)) is not { } figure) return;
        if (pose.PrecautionsOf(variant).Any(p => p.Tag == Tag)) return;
        if (Position(figure) is not { } position) return;
        diagnostics.Error(location, DiagnosticCodes.FigureNeedsPrecaution,
            $"the figure of {what} shows {position}, which a posterior hip replacement must avoid, but {what} has no '{Tag}' precaution",
            $"Add '- tag: {Tag}' under precautions, at the level that fits (never 'none' on a version whose figure shows this), or change the figure");
    }

    /// <summary>What, in any frame, a posterior hip replacement must avoid; null when nothing.</summary>
    private static string? Position(FigureSpec figure)
    {
        foreach (var frame in figure.Frames)
        {
            var angles = FigurePlacement.Between(figure, frame, frame, 0).Angles;
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
