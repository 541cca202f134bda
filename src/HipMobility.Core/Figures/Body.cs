namespace HipMobility.Figures;

/// <summary>A point or direction in the body's space, in fractions of standing height.</summary>
public readonly record struct Vec3(double X, double Y, double Z)
{
    public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static Vec3 operator *(Vec3 a, double s) => new(a.X * s, a.Y * s, a.Z * s);
}

/// <summary>A rotation. Axes: x forward (anterior when standing), y up, z to the body's left.</summary>
public readonly record struct Mat3(double A, double B, double C, double D, double E, double F, double G, double H, double I)
{
    public static Mat3 Identity { get; } = new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    public static Vec3 operator *(Mat3 m, Vec3 v) =>
        new(m.A * v.X + m.B * v.Y + m.C * v.Z, m.D * v.X + m.E * v.Y + m.F * v.Z, m.G * v.X + m.H * v.Y + m.I * v.Z);

    public static Mat3 operator *(Mat3 m, Mat3 n) => new(
        m.A * n.A + m.B * n.D + m.C * n.G, m.A * n.B + m.B * n.E + m.C * n.H, m.A * n.C + m.B * n.F + m.C * n.I,
        m.D * n.A + m.E * n.D + m.F * n.G, m.D * n.B + m.E * n.E + m.F * n.H, m.D * n.C + m.E * n.F + m.F * n.I,
        m.G * n.A + m.H * n.D + m.I * n.G, m.G * n.B + m.H * n.E + m.I * n.H, m.G * n.C + m.H * n.F + m.I * n.I);

    private static (double S, double C) SinCos(double degrees) => Math.SinCos(degrees * Math.PI / 180);

    /// <summary>About the left-right axis: a positive angle turns +y toward -x and -y toward +x (hip flexion).</summary>
    public static Mat3 RotZ(double degrees) { var (s, c) = SinCos(degrees); return new(c, -s, 0, s, c, 0, 0, 0, 1); }

    /// <summary>About the front-back axis: a positive angle turns +y toward +z (to the left).</summary>
    public static Mat3 RotX(double degrees) { var (s, c) = SinCos(degrees); return new(1, 0, 0, 0, c, -s, 0, s, c); }

    /// <summary>About the long axis: a positive angle turns +x toward -z.</summary>
    public static Mat3 RotY(double degrees) { var (s, c) = SinCos(degrees); return new(c, 0, s, 0, 1, 0, -s, 0, c); }
}

/// <summary>
/// Segment lengths as fractions of standing height H, from the anthropometric table of Drillis and Contini (1966) as
/// drawn in Winter, Biomechanics and Motor Control of Human Movement (4th ed., 2009, fig. 4.1): hip joint at 0.530H,
/// knee 0.285H, ankle 0.039H, shoulder 0.818H, elbow 0.630H, wrist 0.485H, chin 0.870H; hip width 0.191H, shoulder
/// width 0.259H, foot length 0.152H. Masses, for the balance of the support solver, are Dempster's as tabulated there
/// (table 4.1). The trunk from hip joints to shoulders (0.288H) is split into pelvis, lumbar and thoracic parts.
/// </summary>
public static class Proportions
{
    public const double Thigh = 0.245, Shin = 0.246, AnkleHeight = 0.039, FootForward = 0.115, HeelBack = 0.03;
    public const double HipHalfWidth = 0.0955, ShoulderHalfWidth = 0.1, ShoulderDrop = 0.02;
    public const double Pelvis = 0.05, Lumbar = 0.10, Thoracic = 0.138, Neck = 0.052, HeadRadius = 0.062;
    public const double UpperArm = 0.186, Forearm = 0.146, Hand = 0.075;

    // Half the drawn thickness of each part, which is also how far its surface lies from its centre line.
    public const double TrunkR = 0.05, PelvisR = 0.055, ThighR = 0.034, ShinR = 0.026, FootR = 0.016;
    public const double UpperArmR = 0.022, ForearmR = 0.019, HandR = 0.015, NeckR = 0.02;

    public const double MassTrunk = 0.497, MassHead = 0.081, MassThigh = 0.1, MassShin = 0.0465, MassFoot = 0.0145;
    public const double MassUpperArm = 0.028, MassForearm = 0.016, MassHand = 0.006;
}

/// <summary>One drawn part: a rounded stroke through its points (or a circle, for the head), on a side of the body.</summary>
public sealed record Segment(string Name, string Side, Vec3[] Points, double Radius, double Mass, bool IsHead = false);

/// <summary>
/// Forward kinematics: joint angles to the positions of every segment, in the body's own space with the middle of the
/// hip joints at the origin and <paramref name="root"/> turning the whole body (its orientation and tilt).
/// </summary>
public static class Kinematics
{
    public static IReadOnlyList<Segment> Pose(Mat3 root, Func<string, double> angle)
    {
        var segments = new List<Segment>();
        double Signed(string pos, string neg) => angle(pos) - angle(neg);

        // The pelvis rolled about the long axis carries everything above and below it: its front turns to that side.
        root *= Mat3.RotY(Signed("pelvis-roll-right", "pelvis-roll-left"));

        // Spine: pelvis, lumbar, thoracic, neck and head, each turned from the one below it.
        var lumbar = root * Mat3.RotZ(-Signed("lumbar-flexion", "lumbar-extension"))
            * Mat3.RotX(Signed("lumbar-side-bending-left", "lumbar-side-bending-right"))
            * Mat3.RotY(-Signed("lumbar-rotation-left", "lumbar-rotation-right"));
        var sacrum = root * new Vec3(-0.01, Proportions.Pelvis, 0);
        var waist = sacrum + lumbar * new Vec3(0, Proportions.Lumbar, 0);
        var thoracic = lumbar * Mat3.RotZ(-Signed("thoracic-flexion", "thoracic-extension"))
            * Mat3.RotX(Signed("thoracic-side-bending-left", "thoracic-side-bending-right"))
            * Mat3.RotY(-Signed("thoracic-rotation-left", "thoracic-rotation-right"));
        var neckBase = waist + thoracic * new Vec3(0, Proportions.Thoracic, 0);
        var neck = thoracic * Mat3.RotZ(-Signed("neck-flexion", "neck-extension"));
        var neckTop = neckBase + neck * new Vec3(0.005, Proportions.Neck, 0);
        var head = neckBase + neck * new Vec3(0.015, Proportions.Neck + Proportions.HeadRadius * 0.8, 0);

        segments.Add(new("pelvis", "mid", [root * new Vec3(0, -0.005, 0), sacrum], Proportions.PelvisR, 0.142));
        segments.Add(new("lower-back", "mid", [sacrum, waist], Proportions.TrunkR, 0.139));
        segments.Add(new("upper-back", "mid", [waist, neckBase], Proportions.TrunkR, 0.216));
        segments.Add(new("neck", "mid", [neckBase, neckTop], Proportions.NeckR, 0));
        segments.Add(new("head", "mid", [head], Proportions.HeadRadius, Proportions.MassHead, IsHead: true));

        foreach (var (side, sign) in new[] { ("left", 1.0), ("right", -1.0) })
        {
            double A(string joint) => angle(side + "-" + joint);
            double S(string pos, string neg) => A(pos) - A(neg);

            // Leg: hip flexion about the left-right axis, abduction outwards, rotation about the thigh's own axis.
            var hipAt = root * new Vec3(0, 0, sign * Proportions.HipHalfWidth);
            var hip = root * Mat3.RotZ(S("hip-flexion", "hip-extension")) * Mat3.RotX(-sign * S("hip-abduction", "hip-adduction"))
                * Mat3.RotY(-sign * S("hip-external-rotation", "hip-internal-rotation"));
            var knee = hipAt + hip * new Vec3(0, -Proportions.Thigh, 0);
            var shin = hip * Mat3.RotZ(-A("knee-flexion"));
            var ankle = knee + shin * new Vec3(0, -Proportions.Shin, 0);
            var foot = shin * Mat3.RotZ(S("ankle-dorsiflexion", "ankle-plantarflexion"));
            var heel = ankle + foot * new Vec3(-Proportions.HeelBack, -Proportions.AnkleHeight + Proportions.FootR, 0);
            var toe = ankle + foot * new Vec3(Proportions.FootForward, -Proportions.AnkleHeight + Proportions.FootR, 0);
            segments.Add(new(side + "-thigh", side, [hipAt, knee], Proportions.ThighR, Proportions.MassThigh));
            segments.Add(new(side + "-shin", side, [knee, ankle], Proportions.ShinR, Proportions.MassShin));
            segments.Add(new(side + "-foot", side, [ankle, heel, toe], Proportions.FootR, Proportions.MassFoot));

            // Arm: shoulder flexion forwards, abduction outwards; the elbow bends the forearm forwards.
            var shoulderAt = neckBase + thoracic * new Vec3(0, -Proportions.ShoulderDrop, sign * Proportions.ShoulderHalfWidth);
            var upper = thoracic * Mat3.RotZ(S("shoulder-flexion", "shoulder-extension")) * Mat3.RotX(-sign * A("shoulder-abduction"));
            var elbow = shoulderAt + upper * new Vec3(0, -Proportions.UpperArm, 0);
            var fore = upper * Mat3.RotZ(A("elbow-flexion"));
            var wrist = elbow + fore * new Vec3(0, -Proportions.Forearm, 0);
            // The hand bends back at the wrist with the forearm turned palm-down, as when leaning on the hands: the
            // fingers point away from the body, along the floor.
            var hand = wrist + fore * Mat3.RotZ(A("wrist-extension")) * new Vec3(0, -Proportions.Hand, 0);
            segments.Add(new(side + "-upper-arm", side, [shoulderAt, elbow], Proportions.UpperArmR, Proportions.MassUpperArm));
            segments.Add(new(side + "-forearm", side, [elbow, wrist], Proportions.ForearmR, Proportions.MassForearm));
            segments.Add(new(side + "-hand", side, [wrist, hand], Proportions.HandR, Proportions.MassHand));
        }
        return segments;
    }

    /// <summary>Where a body part named in <c>FigureVocabulary.BodyParts</c> is, and how thick it is there.</summary>
    public static (Vec3 At, double Radius) Part(IReadOnlyList<Segment> segments, string part)
    {
        Segment Find(string name) => segments.First(s => s.Name == name);
        return part switch
        {
            "head" => (Find("head").Points[0], Proportions.HeadRadius),
            "upper-back" => (Mid(Find("upper-back")), Proportions.TrunkR),
            "lower-back" => (Mid(Find("lower-back")), Proportions.TrunkR),
            "pelvis" => (Find("pelvis").Points[0], Proportions.PelvisR),
            _ when part.EndsWith("-hip", StringComparison.Ordinal) => (Find(part[..^4] + "-thigh").Points[0], Proportions.PelvisR),
            _ when part.EndsWith("-knee", StringComparison.Ordinal) => (Find(part[..^5] + "-thigh").Points[1], Proportions.ThighR),
            _ when part.EndsWith("-foot", StringComparison.Ordinal) => (Mid(Find(part)), Proportions.FootR * 2),
            _ when part.EndsWith("-shoulder", StringComparison.Ordinal) => (Find(part[..^9] + "-upper-arm").Points[0], Proportions.UpperArmR),
            _ when part.EndsWith("-elbow", StringComparison.Ordinal) => (Find(part[..^6] + "-upper-arm").Points[1], Proportions.UpperArmR),
            _ when part.EndsWith("-hand", StringComparison.Ordinal) => (Mid(Find(part)), Proportions.HandR),
            _ => (Find("pelvis").Points[0], Proportions.PelvisR),
        };
    }

    private static Vec3 Mid(Segment s) => s.Points.Length == 1 ? s.Points[0] : (s.Points[0] + s.Points[^1]) * 0.5;
}
