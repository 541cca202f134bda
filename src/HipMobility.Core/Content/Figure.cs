namespace HipMobility.Content;

/// <summary>
/// A pose's figure as its front matter describes it: how the whole body lies (<see cref="Orientation"/>), what it rests
/// on (<see cref="Support"/>), which side faces the reader, the joint angles shared by every frame, the props, and one
/// frame (a hold) or two (the start and end of a movement). Angles are in degrees, by the names of <see cref="Joints"/>.
/// No coordinates: the drawing (<c>Figures/</c>) lowers the body onto its support.
/// </summary>
public sealed record FigureSpec(
    string Orientation,
    string Support,
    string View,
    IReadOnlyDictionary<string, double> Angles,
    IReadOnlyList<FigureProp> Props,
    IReadOnlyList<FigureFrame> Frames)
{
    /// <summary>
    /// Everything the figure says as one line of text, equal for equal figures: what a drawing is cached by, so an edit
    /// that leaves a figure as it was (a body edit, a new file with a known figure) does not draw it again.
    /// </summary>
    public string Identity()
    {
        var text = new System.Text.StringBuilder().Append(Orientation).Append('|').Append(Support).Append('|').Append(View);
        static void AnglesOf(System.Text.StringBuilder text, IReadOnlyDictionary<string, double> angles)
        {
            foreach (var (joint, degrees) in angles.OrderBy(a => a.Key, StringComparer.Ordinal))
                text.Append('|').Append(joint).Append('=').Append(degrees.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }
        AnglesOf(text, Angles);
        foreach (var prop in Props) text.Append("|prop:").Append(prop.Name).Append('@').Append(prop.At);
        foreach (var frame in Frames)
        {
            text.Append("|frame:").Append(frame.Alt.Length).Append(':').Append(frame.Alt);
            AnglesOf(text, frame.Angles);
        }
        return text.ToString();
    }

    /// <summary>A variant's figure: the pose's, with only what the variant states replaced (its joints added over the pose's).</summary>
    public FigureSpec Override(FigureOverride? variant)
    {
        if (variant is null) return this;
        var angles = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (k, v) in Angles) angles[k] = v;
        foreach (var (k, v) in variant.Angles) angles[k] = v;
        return new FigureSpec(variant.Orientation ?? Orientation, variant.Support ?? Support, variant.View ?? View, angles,
            variant.Props ?? Props, variant.Frames.Count > 0 ? variant.Frames : Frames);
    }
}

/// <summary>What a variant's <c>figure:</c> block states; anything it leaves out comes from the pose's figure.</summary>
public sealed record FigureOverride(
    string? Orientation,
    string? Support,
    string? View,
    IReadOnlyDictionary<string, double> Angles,
    IReadOnlyList<FigureProp>? Props,
    IReadOnlyList<FigureFrame> Frames)
{
    /// <summary>A variant figure with no pose figure to inherit from: defaults fill the gaps.</summary>
    public FigureSpec Alone() => new(Orientation ?? "upright", Support ?? "floor", View ?? "left", Angles, Props ?? [], Frames);
}

/// <summary>One drawn frame: the alt text that says what it shows, and the joints that differ from the figure's.</summary>
public sealed record FigureFrame(string Alt, IReadOnlyDictionary<string, double> Angles);

/// <summary>A prop drawn at a body part: <c>block</c> at <c>right-hand</c>, <c>strap</c> at <c>left-foot</c>.</summary>
public sealed record FigureProp(string Name, string At);

/// <summary>The words a <c>figure:</c> block may use, and the normal range of each joint angle.</summary>
public static class FigureVocabulary
{
    public static readonly IReadOnlyList<string> Orientations =
        ["upright", "supine", "prone", "side-lying", "quadruped", "seated", "kneeling", "half-kneeling"];

    public static readonly IReadOnlyList<string> Supports = ["floor", "chair", "bed", "wall"];

    /// <summary>
    /// Where the reader looks from: a side (<c>left</c>, <c>right</c>: that side is nearer and drawn darker), the
    /// <c>front</c> or <c>back</c> of a standing body (a body lying on its back is seen from its feet or its head), or
    /// the <c>top</c> (from above).
    /// </summary>
    public static readonly IReadOnlyList<string> Views = ["left", "right", "front", "back", "top"];

    public static readonly IReadOnlyList<string> Props = ["block", "blanket", "bolster", "pillow", "strap", "wall", "dowel", "chair"];

    public static readonly IReadOnlyList<string> BodyParts =
    [
        "head", "upper-back", "lower-back", "pelvis",
        "left-hip", "left-knee", "left-foot", "left-shoulder", "left-elbow", "left-hand",
        "right-hip", "right-knee", "right-foot", "right-shoulder", "right-elbow", "right-hand",
    ];

    /// <summary>
    /// Normal active range of motion of an adult, in degrees from the anatomical position, per named movement. Limb
    /// values are those of the American Academy of Orthopaedic Surgeons (Greene and Heckman, The Clinical Measurement of
    /// Joint Motion, 1994) as tabulated in Norkin and White, Measurement of Joint Motion (5th ed., 2016, appendix B).
    /// The spine is measured as a whole there (thoracolumbar flexion 0–80, extension 0–25, side bending 0–35, rotation
    /// 0–45; cervical flexion 0–45, extension 0–45); it is split here between the lumbar and thoracic segments so that
    /// the two together stay within the whole. Knee flexion allows 150°, the value of the AMA Guides in the same table
    /// (AAOS: 135°), because kneeling poses take the knee there passively; wrist extension allows 90° (AAOS: 70° active)
    /// because the hands take it passively under the body's weight on hands and knees.
    /// </summary>
    public static readonly IReadOnlyList<(string Joint, double Min, double Max)> Ranges =
    [
        ("hip-flexion", 0, 120), ("hip-extension", 0, 30), ("hip-abduction", 0, 45), ("hip-adduction", 0, 30),
        ("hip-internal-rotation", 0, 45), ("hip-external-rotation", 0, 45),
        ("knee-flexion", 0, 150),
        ("ankle-dorsiflexion", 0, 20), ("ankle-plantarflexion", 0, 50),
        ("shoulder-flexion", 0, 180), ("shoulder-extension", 0, 60), ("shoulder-abduction", 0, 180),
        ("elbow-flexion", 0, 150), ("wrist-extension", 0, 90),
        ("lumbar-flexion", 0, 50), ("lumbar-extension", 0, 15), ("lumbar-side-bending-left", 0, 20), ("lumbar-side-bending-right", 0, 20),
        ("lumbar-rotation-left", 0, 10), ("lumbar-rotation-right", 0, 10),
        ("thoracic-flexion", 0, 30), ("thoracic-extension", 0, 10), ("thoracic-side-bending-left", 0, 15), ("thoracic-side-bending-right", 0, 15),
        ("thoracic-rotation-left", 0, 35), ("thoracic-rotation-right", 0, 35),
        ("neck-flexion", 0, 45), ("neck-extension", 0, 45),
        // Not a joint: the whole pelvis turned about the body's long axis (a supine twist rolls it to one side while the
        // spine turns the chest back), up to a quarter turn.
        ("pelvis-roll-left", 0, 90), ("pelvis-roll-right", 0, 90),
    ];

    /// <summary>Limb movements, each named for both sides at once (<c>hip-flexion</c>) or one side (<c>left-hip-flexion</c>).</summary>
    private static bool IsLimb(string joint) => joint.StartsWith("hip-", StringComparison.Ordinal) || joint.StartsWith("knee-", StringComparison.Ordinal) ||
        joint.StartsWith("ankle-", StringComparison.Ordinal) || joint.StartsWith("shoulder-", StringComparison.Ordinal) || joint.StartsWith("elbow-", StringComparison.Ordinal) ||
        joint.StartsWith("wrist-", StringComparison.Ordinal);

    /// <summary>Every joint name a figure may use, with its range: the movement for both sides, then each side's.</summary>
    public static readonly IReadOnlyList<(string Name, double Min, double Max)> JointNames =
    [
        .. Ranges.SelectMany(r => IsLimb(r.Joint)
            ? new[] { r, ("left-" + r.Joint, r.Min, r.Max), ("right-" + r.Joint, r.Min, r.Max) }
            : new[] { r }),
    ];

    public static (double Min, double Max)? RangeOf(string name)
    {
        foreach (var (n, min, max) in JointNames)
            if (n == name) return (min, max);
        return null;
    }
}
