using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Schema;

namespace HipMobility.Pipeline;

/// <summary>
/// The figure and the text must agree: a pose tagged with a movement (<c>hip-external-rotation</c>,
/// <c>spinal-flexion</c>…) whose figures, its own and its versions', show that movement in no frame is a warning, since
/// the picture or the tag is wrong. Movements a figure cannot show (lengthening, resting) are not checked.
/// </summary>
internal static class FigureMovementCheck
{
    /// <summary>
    /// Each movement as the signed angles that show it (an angle less its opposite, per side for the limbs): a frame
    /// shows it where one is above zero (a hip bent), and a movement's frames show it where one grows from the start to
    /// the end (a bird dog's hip goes from bent to straight: it extends, though it never passes straight).
    /// </summary>
    private static readonly IReadOnlyDictionary<string, (string Angle, string? Opposite)[]> Shown =
        new Dictionary<string, (string, string?)[]>(StringComparer.Ordinal)
        {
            ["hip-flexion"] = Limb("hip-flexion", "hip-extension"),
            ["hip-extension"] = Limb("hip-extension", "hip-flexion"),
            ["hip-external-rotation"] = Limb("hip-external-rotation", "hip-internal-rotation"),
            ["hip-internal-rotation"] = Limb("hip-internal-rotation", "hip-external-rotation"),
            ["hip-abduction"] = Limb("hip-abduction", "hip-adduction"),
            ["hip-adduction"] = Limb("hip-adduction", "hip-abduction"),
            ["spinal-flexion"] = [("lumbar-flexion", "lumbar-extension"), ("thoracic-flexion", "thoracic-extension")],
            ["spinal-extension"] = [("lumbar-extension", "lumbar-flexion"), ("thoracic-extension", "thoracic-flexion")],
            ["spinal-rotation"] = [("lumbar-rotation-left", null), ("lumbar-rotation-right", null), ("thoracic-rotation-left", null),
                ("thoracic-rotation-right", null), ("pelvis-roll-left", null), ("pelvis-roll-right", null)],
            ["lateral-flexion"] = [("lumbar-side-bending-left", null), ("lumbar-side-bending-right", null),
                ("thoracic-side-bending-left", null), ("thoracic-side-bending-right", null)],
        };

    private static (string, string?)[] Limb(string angle, string opposite) =>
        [("left-" + angle, "left-" + opposite), ("right-" + angle, "right-" + opposite)];

    public static void Run(Pose pose, IReadOnlyList<DrawnVersion> drawn, CheckedFields fields, DiagnosticBag diagnostics)
    {
        if (drawn.Count == 0) return;
        for (var i = 0; i < pose.Movements.Count; i++)
        {
            if (!Shown.TryGetValue(pose.Movements[i], out var signed)) continue;
            if (drawn.Any(version => signed.Any(s => Shows(version.Frames, s.Angle, s.Opposite)))) continue;
            diagnostics.Warning(fields.LocationOfItem("movements", i), DiagnosticCodes.FigureMissesMovement,
                $"the pose is tagged '{pose.Movements[i]}' but no figure of it shows that movement",
                "Draw the movement in a frame (the joint angles are in CONTRIBUTING.md), or take the tag out if the pose does not move that way");
        }
    }

    private static bool Shows(IReadOnlyList<IReadOnlyDictionary<string, double>> frames, string angle, string? opposite)
    {
        double Signed(IReadOnlyDictionary<string, double> a) =>
            (a.TryGetValue(angle, out var v) ? v : 0) - (opposite is not null && a.TryGetValue(opposite, out var o) ? o : 0);
        return frames.Any(f => Signed(f) > 0) || frames.Count == 2 && Signed(frames[1]) > Signed(frames[0]);
    }
}
