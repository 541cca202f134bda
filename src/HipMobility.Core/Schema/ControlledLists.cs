namespace HipMobility.Schema;

/// <summary>The closed vocabularies of the guide. CONTRIBUTING.md and the editor schemas show the same lists.</summary>
public static class ControlledLists
{
    /// <summary>
    /// What a pose does at the hip and spine. Two are not a bend or a turn: <c>spinal-lengthening</c>, growing tall
    /// without arching (an overhead reach), and <c>resting-position</c>, lying still with no joint taken toward its end
    /// of range (savasana); tagging those as extension or a stretch would misdescribe them.
    /// </summary>
    public static readonly IReadOnlyList<string> Movements =
    [
        "hip-flexion", "hip-extension", "hip-external-rotation", "hip-internal-rotation", "hip-abduction",
        "hip-adduction", "spinal-flexion", "spinal-extension", "spinal-rotation", "lateral-flexion",
        "spinal-lengthening", "resting-position",
    ];

    public static readonly IReadOnlyList<string> Positions =
        ["supine", "prone", "side-lying", "seated-floor", "chair", "kneeling", "quadruped", "standing", "bed"];

    /// <summary>Ordered from easiest to hardest; variant order is checked against this.</summary>
    public static readonly IReadOnlyList<string> Intensities = ["gentle", "moderate", "intense"];

    public static readonly IReadOnlyList<string> Props =
        ["block", "blanket", "bolster", "pillow", "strap", "chair", "wall", "dowel"];

    public static readonly IReadOnlyList<string> Sides = ["each", "both"];

    public static readonly IReadOnlyList<string> Regions = ["front", "back", "side", "deep"];

    /// <summary>Regions of the body diagram; the theme's SVG has one shape per region.</summary>
    public static readonly IReadOnlyList<string> BodyMapRegions =
    [
        "front-hip", "front-thigh", "inner-thigh", "outer-hip", "abdomen", "side-waist", "pelvic-floor",
        "buttock", "deep-buttock", "back-thigh", "calf", "lower-back", "spine", "upper-back",
    ];

    public static readonly IReadOnlyList<string> Levels = ["beginner", "intermediate"];

    public static readonly IReadOnlyList<string> Settings = ["floor", "chair", "bed", "standing", "mixed"];

    /// <summary>
    /// Precaution tags: conditions a pose or variant may ask readers to avoid it for, change it for, or take care with.
    /// Each has its page for patients, <c>input/precautions/&lt;tag&gt;.md</c>, which holds its wording.
    /// </summary>
    public static readonly IReadOnlyList<string> Precautions =
    [
        "hip-replacement-posterior", "hip-replacement-anterior", "osteoporosis", "pregnancy", "knee-problems", "sciatica",
        "worse-bending-forward", "worse-arching-back", "balance-fall-risk", "wrists-shoulders-no-weight",
    ];

    /// <summary>
    /// The conditions common among the readers beginner routines are written for: a beginner routine with a step to
    /// avoid for one of them must say what to do (a <c>precaution_notes</c> entry). The others are a matter of which
    /// movements make one person's back worse, which the tag pages explain.
    /// </summary>
    public static readonly IReadOnlyList<string> CommonPrecautions =
        ["hip-replacement-posterior", "hip-replacement-anterior", "osteoporosis", "pregnancy", "knee-problems", "sciatica", "balance-fall-risk"];

    /// <summary>Levels of a precaution (see <c>PrecautionLevels</c>); <c>none</c> only on a variant.</summary>
    public static readonly IReadOnlyList<string> PrecautionLevelNames = Content.PrecautionLevels.All;

    /// <summary>Positions a reader can use without getting down to the floor.</summary>
    public static readonly IReadOnlyList<string> OffTheFloorPositions = ["chair", "standing", "bed"];
}
