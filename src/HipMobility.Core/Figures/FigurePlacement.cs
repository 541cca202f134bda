using HipMobility.Content;

namespace HipMobility.Figures;

/// <summary>A frame's body, placed in the world: y up, the floor at y = 0, x across the picture, z toward the reader.</summary>
public sealed record PlacedBody(IReadOnlyList<Segment> Segments, IReadOnlyList<PlacedProp> Props, double SupportTop, IReadOnlyList<ChairShape> Chairs, double? WallX)
{
    /// <summary>The chair the body sits on, if its support is a chair.</summary>
    public ChairShape? Chair => Chairs.FirstOrDefault(c => c.IsSeat);
}

/// <summary>A prop where it is drawn: its box (for block, blanket, bolster, pillow) or its line (strap, dowel).</summary>
public sealed record PlacedProp(string Name, Vec3 From, Vec3 To, double Height);

/// <summary>
/// A chair: the back and front of its seat along the picture (its back stands at <paramref name="BackX"/>), the seat's
/// height, the middle of its width, and whether the body sits on it (the support) or only holds or leans on it (a prop).
/// </summary>
public sealed record ChairShape(double BackX, double FrontX, double SeatY, double Z = 0, bool IsSeat = true)
{
    public const double HalfWidth = 0.2, BackHeight = 0.26;

    /// <summary>The chair's edges in 3D: four legs, the seat's sides and the two posts of its back with the top rail.</summary>
    public IEnumerable<(Vec3 From, Vec3 To)> Lines()
    {
        foreach (var z in new[] { Z - HalfWidth, Z + HalfWidth })
        {
            yield return (new Vec3(BackX, SeatY + BackHeight, z), new Vec3(BackX, 0, z));
            yield return (new Vec3(BackX, SeatY, z), new Vec3(FrontX, SeatY, z));
            yield return (new Vec3(FrontX, SeatY, z), new Vec3(FrontX, 0, z));
        }
        yield return (new Vec3(BackX, SeatY + BackHeight, Z - HalfWidth), new Vec3(BackX, SeatY + BackHeight, Z + HalfWidth));
        yield return (new Vec3(FrontX, SeatY, Z - HalfWidth), new Vec3(FrontX, SeatY, Z + HalfWidth));
    }
}

/// <summary>
/// Turns a frame's joint angles into a body resting on its support. The orientation gives the starting tilt of the
/// whole body and the joint angles that make that position (kneeling bends the knees); the contributor's angles are
/// laid over them. On a floor or bed the body is then let fall like a rigid object: it pivots on its lowest point
/// toward its centre of mass until a second point touches, and so on until the centre of mass is over what it rests
/// on. On a chair it sits on the seat with its feet on the floor.
/// </summary>
public static class FigurePlacement
{
    /// <summary>Height of a bed top, a chair seat's lowest height, and how much each prop lifts what rests on it.</summary>
    public const double BedHeight = 0.3;
    private const double MaxTilt = 90, TiltStep = 0.5;
    private const int AllLimbs = 4;
    private static double PropLift(string prop) => prop switch
    {
        "block" => 0.09, "bolster" => 0.11, "pillow" => 0.06, "blanket" => 0.035, _ => 0,
    };

    /// <summary>The whole-body tilt and the joint angles each orientation starts from.</summary>
    public static (Mat3 Root, IReadOnlyDictionary<string, double> Angles) Orientation(string orientation, string support) => orientation switch
    {
        "supine" => (Mat3.RotZ(90), Empty),
        "prone" => (Mat3.RotZ(-90), new Dictionary<string, double> { ["ankle-plantarflexion"] = 80 }),
        "side-lying" => (Mat3.RotX(90) * Mat3.RotZ(90), Empty),
        "quadruped" => (Mat3.RotZ(-90), new Dictionary<string, double>
        {
            ["hip-flexion"] = 90, ["knee-flexion"] = 90, ["shoulder-flexion"] = 90, ["ankle-plantarflexion"] = 80, ["wrist-extension"] = 90,
        }),
        "seated" => (Mat3.Identity, new Dictionary<string, double>
        {
            ["hip-flexion"] = 90, ["knee-flexion"] = support == "chair" ? 90 : 0, ["shoulder-flexion"] = support == "chair" ? 0 : 10,
        }),
        "kneeling" => (Mat3.Identity, new Dictionary<string, double> { ["knee-flexion"] = 90, ["ankle-plantarflexion"] = 80 }),
        _ => (Mat3.Identity, Empty),
    };

    private static readonly IReadOnlyDictionary<string, double> Empty = new Dictionary<string, double>();

    /// <summary>The angle of a joint on one side: the most specific layer that names it wins (frame, then figure, then orientation).</summary>
    public static Func<string, double> Angles(params IReadOnlyDictionary<string, double>[] layers) => sided =>
    {
        // sided is "left-hip-flexion" or "lumbar-flexion"; a limb's angle may be given for both sides as "hip-flexion".
        var both = sided.StartsWith("left-", StringComparison.Ordinal) ? sided[5..] : sided.StartsWith("right-", StringComparison.Ordinal) ? sided[6..] : null;
        var pair = Opposite(both ?? sided);
        var pairSided = pair is null ? null : both is null ? pair : sided[..(sided.Length - (both.Length))] + pair;
        foreach (var layer in layers)
        {
            if (layer.TryGetValue(sided, out var v)) return v;
            if (pairSided is not null && layer.ContainsKey(pairSided)) return 0; // the opposite movement was given here
            if (both is not null)
            {
                if (layer.TryGetValue(both, out var b)) return b;
                if (pair is not null && layer.ContainsKey(pair)) return 0;
            }
        }
        return 0;
    };

    private static string? Opposite(string joint) => joint switch
    {
        "hip-flexion" => "hip-extension", "hip-extension" => "hip-flexion",
        "hip-abduction" => "hip-adduction", "hip-adduction" => "hip-abduction",
        "hip-internal-rotation" => "hip-external-rotation", "hip-external-rotation" => "hip-internal-rotation",
        "ankle-dorsiflexion" => "ankle-plantarflexion", "ankle-plantarflexion" => "ankle-dorsiflexion",
        "shoulder-flexion" => "shoulder-extension", "shoulder-extension" => "shoulder-flexion",
        _ => null,
    };

    /// <summary>
    /// Every joint's angle in a frame: the frame's, then the figure's, then the orientation's. On hands and knees the
    /// arms stay plumb under the shoulders, however the body tips and the spine arches or rounds (unless the figure
    /// says where the arms go).
    /// </summary>
    private static Func<string, double> JointAngles(FigureSpec figure, FigureFrame frame)
    {
        var (_, baseAngles) = Orientation(figure.Orientation, figure.Support);
        if (figure.Orientation == "quadruped")
        {
            var given = Angles(frame.Angles, figure.Angles);
            var kneelTilt = KneelingLegs(Angles(frame.Angles, figure.Angles, baseAngles));
            var spine = given("lumbar-flexion") + given("thoracic-flexion") - given("lumbar-extension") - given("thoracic-extension");
            baseAngles = new Dictionary<string, double>(baseAngles) { ["shoulder-flexion"] = spine - kneelTilt };
        }
        return Angles(frame.Angles, figure.Angles, baseAngles);
    }

    /// <summary>Every joint angle a body has, the limbs' named per side (a limb movement named for both sides is also listed per side).</summary>
    private static readonly string[] EveryJointBySide =
        FigureVocabulary.JointNames.Select(j => j.Name).Where(name => FigureVocabulary.RangeOf("left-" + name) is null).ToArray();

    /// <summary>
    /// A frame part of the way (<paramref name="t"/> from 0 to 1) from <paramref name="start"/> to <paramref name="end"/>:
    /// every joint of each side named, at the angle between the two, so the Play control can show the movement.
    /// </summary>
    public static FigureFrame Between(FigureSpec figure, FigureFrame start, FigureFrame end, double t)
    {
        var from = JointAngles(figure, start);
        var to = JointAngles(figure, end);
        var angles = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in EveryJointBySide)
        {
            var a = from(name);
            angles[name] = a + (to(name) - a) * t;
        }
        return new FigureFrame(t < 0.5 ? start.Alt : end.Alt, angles);
    }

    public static PlacedBody Place(FigureSpec figure, FigureFrame frame)
    {
        var (root, _) = Orientation(figure.Orientation, figure.Support);
        var kneels = figure.Orientation is "kneeling" or "half-kneeling" or "quadruped";
        var angle = JointAngles(figure, frame);
        var kneelTilt = KneelingLegs(angle);
        var props = figure.Props;

        // Tilt the whole body about the left-right axis to a tilt at which it rests: its centre of mass over the points
        // it stands on. The search starts from the orientation's own tilt (standing: the legs it stands on upright;
        // kneeling and on hands and knees: the shin it kneels on level) and goes outward half a degree at a time; of the
        // tilts that rest, the one on which most limbs bear weight wins (a split stance stands on both feet, a
        // downward dog on hands and feet), then the nearest.
        Mat3 start;
        if (figure.Support == "chair")
        {
            // On a chair the thigh that rests on the seat lies level: leaning forward from the hips tips the pelvis.
            start = Mat3.RotZ(90 - SeatedThigh(angle)) * root;
        }
        else if (kneels) start = Mat3.RotZ(kneelTilt);
        else if (figure.Orientation == "upright") start = Mat3.RotZ(-StandingLegs(angle));
        else start = root;

        // Standing stays near standing: a body on its feet leans, it does not fold down onto its hands, and it rests
        // at the nearest tilt (a leg swung forward stays off the floor).
        var range = figure.Orientation == "upright" ? 30 : MaxTilt;
        var segments = Kinematics.Pose(start, angle);
        if (figure.Support != "chair")
        {
            // Every point of a posed body is the root turned by the joints, so turning the root turns the whole body:
            // each tilt turns the body posed once (into one reused copy), rather than posing it again joint by joint.
            var posed = segments;
            var tilted = posed.Select(s => s with { Points = (Vec3[])s.Points.Clone() }).ToList();
            var contacts = new List<Contact>();
            var best = -1;
            for (var step = 0; step <= 2 * range / TiltStep; step++)
            {
                var tilt = (step + 1) / 2 * TiltStep * (step % 2 == 0 ? -1 : 1);
                var turn = Mat3.RotZ(tilt);
                for (var k = 0; k < posed.Count; k++)
                    for (var i = 0; i < posed[k].Points.Length; i++) tilted[k].Points[i] = turn * posed[k].Points[i];
                FillContacts(tilted, props, contacts);
                if (!Rests(tilted, contacts)) continue;
                var bearing = LimbsBearingWeight(contacts);
                if (bearing > best) { best = bearing; segments = tilted.Select(s => s with { Points = (Vec3[])s.Points.Clone() }).ToList(); }
                // Both hands and both legs down is the most there can be, and a nearer tilt wins a tie: no later tilt can win.
                if (best == AllLimbs) break;
                // Standing, the legs already stand where the figure put them; lying on the back, on the side or
                // sitting, the body settles at the nearest rest (a happy baby does not roll up to sit).
                if (figure.Orientation is "upright" or "supine" or "side-lying" or "seated") break;
            }
        }

        var floor = figure.Support == "bed" ? BedHeight : 0;
        double lowest;
        var chairs = new List<ChairShape>();
        if (figure.Support == "chair")
        {
            lowest = Contacts(segments, props).Min(c => c.Bottom);
            var shift = -lowest;
            segments = Shift(segments, new Vec3(0, shift, 0));
            var pelvis = segments.First(s => s.Name == "pelvis").Points[0];
            var knees = segments.Where(s => s.Name.EndsWith("-thigh", StringComparison.Ordinal)).Select(s => s.Points[1].X).Average();
            var forward = Math.Sign(knees - pelvis.X) is 0 ? 1 : Math.Sign(knees - pelvis.X);
            var seat = Math.Max(0.2, pelvis.Y - Proportions.PelvisR);
            chairs.Add(new ChairShape(pelvis.X - forward * 0.09, pelvis.X + forward * 0.17, seat));
        }
        else
        {
            lowest = Contacts(segments, props).Min(c => c.Bottom);
            segments = Shift(segments, new Vec3(0, floor - lowest, 0));
        }

        var placedProps = props.Select(p => PlaceProp(segments, p, floor)).OfType<PlacedProp>().ToList();
        foreach (var prop in props.Where(p => p.Name == "chair")) chairs.Add(HeldChair(segments, prop));
        double? wall = null;
        if (figure.Support == "wall" || props.Any(p => p.Name == "wall"))
        {
            var at = props.FirstOrDefault(p => p.Name == "wall");
            var centre = CentreOfMass(segments);
            if (at is not null)
            {
                var (point, r) = Kinematics.Part(segments, at.At);
                wall = point.X >= centre.X ? point.X + r : point.X - r;
            }
            else
            {
                var extremes = segments.SelectMany(s => s.Points.Select(p => (p.X, s.Radius))).ToList();
                var right = extremes.Max(e => e.X + e.Radius);
                var left = extremes.Min(e => e.X - e.Radius);
                wall = right - centre.X >= centre.X - left ? right : left;
            }
        }
        return new PlacedBody(segments, placedProps, floor, chairs, wall);
    }

    private static PlacedProp? PlaceProp(IReadOnlyList<Segment> segments, FigureProp prop, double floor)
    {
        var (at, r) = Kinematics.Part(segments, prop.At);
        switch (prop.Name)
        {
            case "block" or "bolster" or "pillow" or "blanket":
                var top = Math.Max(floor + 0.01, at.Y - r);
                var half = prop.Name switch { "block" => 0.045, "bolster" => 0.1, "pillow" => 0.08, _ => 0.14 };
                var deep = prop.Name switch { "block" => 0.07, "bolster" => 0.25, "pillow" => 0.12, _ => 0.2 };
                return new PlacedProp(prop.Name, new Vec3(at.X - half, floor, at.Z - deep), new Vec3(at.X + half, top, at.Z + deep), top - floor);
            case "strap":
                // From the part it goes around to the nearer hand(s).
                var hands = segments.Where(s => s.Name.EndsWith("-hand", StringComparison.Ordinal)).Select(s => s.Points[^1]).ToList();
                var hand = hands.OrderBy(h => (h - at).X * (h - at).X + (h - at).Y * (h - at).Y).First();
                return new PlacedProp("strap", at, hand, 0);
            case "dowel":
                var head = segments.First(s => s.Name == "head").Points[0];
                var pelvis = segments.First(s => s.Name == "pelvis").Points[0];
                var along = pelvis - head;
                return new PlacedProp("dowel", head - along * 0.15, pelvis + along * 0.1, 0);
            default:
                return null;
        }
    }

    /// <summary>
    /// A chair a standing or kneeling body holds or leans on, at a hand: a hand above seat height holds the top of its
    /// back, and the seat reaches away from the body; a lower hand rests on the seat, the back beyond it.
    /// </summary>
    private static ChairShape HeldChair(IReadOnlyList<Segment> segments, FigureProp prop)
    {
        var (at, r) = Kinematics.Part(segments, prop.At);
        var centre = CentreOfMass(segments);
        var away = at.X >= centre.X ? 1.0 : -1.0;
        var holdsBack = at.Y - r > 0.4;
        // A hand held out to the side holds a chair standing beside the body, clear of it.
        var beside = Math.Abs(at.Z) > Proportions.HipHalfWidth + 0.08;
        var z = beside ? at.Z + Math.Sign(at.Z) * ChairShape.HalfWidth * 0.8 : 0;
        if (holdsBack && beside)
            return new ChairShape(at.X - 0.13, at.X + 0.13, Math.Max(0.2, at.Y - r - ChairShape.BackHeight), z, IsSeat: false);
        if (holdsBack)
        {
            var seat = Math.Max(0.2, at.Y - r - ChairShape.BackHeight);
            return new ChairShape(at.X + away * 0.01, at.X + away * 0.27, seat, z, IsSeat: false);
        }
        var seatY = Math.Max(0.15, at.Y - r);
        return new ChairShape(at.X + away * 0.14, at.X - away * 0.12, seatY, z, IsSeat: false);
    }

    /// <summary>What can touch the support: the underside of each part, lifted where a prop lies under it.</summary>
    internal static IEnumerable<(double X, double Bottom)> Contacts(IReadOnlyList<Segment> segments, IReadOnlyList<FigureProp> props)
    {
        var contacts = new List<Contact>();
        FillContacts(segments, props, contacts);
        return contacts.Select(c => (c.X, c.Bottom));
    }

    /// <summary>A point of a part's underside: where it is across the picture, how low it reaches, and whose it is.</summary>
    private readonly record struct Contact(double X, double Bottom, Segment Segment);

    /// <summary>Fills <paramref name="into"/> with the underside of every part (a reused list: the tilt search calls it hundreds of times).</summary>
    private static void FillContacts(IReadOnlyList<Segment> segments, IReadOnlyList<FigureProp> props, List<Contact> into)
    {
        into.Clear();
        List<((Vec3 At, double Radius) Part, double Lift)>? lifts = null;
        foreach (var prop in props)
            if (PropLift(prop.Name) is > 0 and var l) (lifts ??= []).Add((Kinematics.Part(segments, prop.At), l));
        foreach (var s in segments)
        {
            var n = s.Points.Length == 1 ? 1 : 4;
            for (var i = 0; i < s.Points.Length; i++)
            {
                var a = s.Points[i];
                var b = i + 1 < s.Points.Length ? s.Points[i + 1] : a;
                for (var k = 0; k < (i + 1 < s.Points.Length ? n : 1); k++)
                {
                    var p = a + (b - a) * ((double)k / n);
                    var lift = 0.0;
                    if (lifts is not null)
                        foreach (var (part, l) in lifts)
                        {
                            var d = p - part.At;
                            if (d.X * d.X + d.Y * d.Y < (part.Radius + 0.06) * (part.Radius + 0.06)) lift = Math.Max(lift, l);
                        }
                    into.Add(new Contact(p.X, p.Y - s.Radius - lift, s));
                }
            }
        }
    }

    private static double Lowest(List<Contact> contacts)
    {
        var lowest = double.MaxValue;
        foreach (var c in contacts) lowest = Math.Min(lowest, c.Bottom);
        return lowest;
    }

    internal static Vec3 CentreOfMass(IReadOnlyList<Segment> segments)
    {
        var total = 0.0;
        var sum = new Vec3(0, 0, 0);
        foreach (var s in segments)
        {
            if (s.Mass <= 0) continue;
            var mid = s.Points.Length == 1 ? s.Points[0] : (s.Points[0] + s.Points[^1]) * 0.5;
            sum += mid * s.Mass;
            total += s.Mass;
        }
        return sum * (1 / total);
    }

    /// <summary>Whether the body, lowered onto a flat support, stays as it is: its centre of mass lies over what touches.</summary>
    internal static bool Rests(IReadOnlyList<Segment> segments, IReadOnlyList<FigureProp> props)
    {
        var contacts = new List<Contact>();
        FillContacts(segments, props, contacts);
        return Rests(segments, contacts);
    }

    private static bool Rests(IReadOnlyList<Segment> segments, List<Contact> contacts)
    {
        var lowest = Lowest(contacts);
        double min = double.MaxValue, max = double.MinValue;
        foreach (var c in contacts)
            if (c.Bottom - lowest < Touching) { min = Math.Min(min, c.X); max = Math.Max(max, c.X); }
        var centre = CentreOfMass(segments).X;
        // Balanced on a single point is not resting: the body needs two places of support with its weight between them.
        return max - min >= 0.03 && centre > min && centre < max;
    }

    /// <summary>How many limbs (each arm, each leg) touch the support, the body lowered onto it.</summary>
    internal static int LimbsBearingWeight(IReadOnlyList<Segment> segments, IReadOnlyList<FigureProp> props)
    {
        var contacts = new List<Contact>();
        FillContacts(segments, props, contacts);
        return LimbsBearingWeight(contacts);
    }

    private static int LimbsBearingWeight(List<Contact> contacts)
    {
        var lowest = Lowest(contacts);
        var limbs = 0;
        foreach (var c in contacts)
            if (c.Bottom - lowest < Touching && c.Segment.Side != "mid")
            {
                var arm = c.Segment.Name.EndsWith("arm", StringComparison.Ordinal) || c.Segment.Name.EndsWith("hand", StringComparison.Ordinal);
                limbs |= 1 << ((c.Segment.Side == "left" ? 0 : 2) + (arm ? 1 : 0));
            }
        return System.Numerics.BitOperations.PopCount((uint)limbs);
    }

    /// <summary>
    /// The whole-body tilt that lays the shin of the kneeling leg level on the floor, pointing back: the leg with the
    /// less flexed hip (the back leg of a half-kneeling lunge; the one still down when the other knee is drawn in).
    /// </summary>
    private static double KneelingLegs(Func<string, double> angle)
    {
        var side = Flexion(angle, "left") <= Flexion(angle, "right") ? "left" : "right";
        return angle(side + "-knee-flexion") - Flexion(angle, side) - 90;
    }

    /// <summary>
    /// The hip flexion of the thigh that rests level on a chair's seat: of the legs whose knee is bent over the seat's
    /// edge (not stretched out), the one nearest a right angle at the hip.
    /// </summary>
    private static double SeatedThigh(Func<string, double> angle)
    {
        var sides = new[] { "left", "right" }.Where(side => angle(side + "-knee-flexion") >= 45).ToList();
        if (sides.Count == 0) sides = ["left", "right"];
        return sides.Select(side => Flexion(angle, side)).OrderBy(f => Math.Abs(f - 90)).First();
    }

    /// <summary>A side's hip flexion, negative for extension.</summary>
    private static double Flexion(Func<string, double> angle, string side) => angle(side + "-hip-flexion") - angle(side + "-hip-extension");

    /// <summary>
    /// The hip angle of the legs a standing or kneeling body stands on, which the whole body is turned by to stand them
    /// upright: both legs' mean (a split stance), or only the lower leg's when the other is lifted clear of the floor.
    /// </summary>
    private static double StandingLegs(Func<string, double> angle)
    {
        double left = Flexion(angle, "left"), right = Flexion(angle, "right");
        // The angle that sets a leg's foot flat: for a straight leg its hip angle, for a squat less the bent knee.
        double Flat(string side) => Flexion(angle, side) - angle(side + "-knee-flexion") + angle(side + "-ankle-dorsiflexion") - angle(side + "-ankle-plantarflexion");
        // The trunk upright over one leg, the other moved away from it: standing on the upright one, foot flat.
        if (Math.Abs(left) <= 5 && Math.Abs(right - left) > 10) return Flat("left");
        if (Math.Abs(right) <= 5 && Math.Abs(left - right) > 10) return Flat("right");
        // Both legs alike (a squat): both feet flat.
        if (Math.Abs(left - right) < 1 && Math.Abs(angle("left-knee-flexion") - angle("right-knee-flexion")) < 1) return Flat("left");
        var body = Kinematics.Pose(Mat3.RotZ(-(left + right) / 2), angle);
        double Low(string side) => body.Where(s => s.Side == side && (s.Name.EndsWith("-shin", StringComparison.Ordinal) || s.Name.EndsWith("-foot", StringComparison.Ordinal)))
            .SelectMany(s => s.Points.Select(p => p.Y - s.Radius)).Min();
        double l = Low("left"), r = Low("right");
        return l > r + 0.05 ? right : r > l + 0.05 ? left : (left + right) / 2;
    }

    /// <summary>How close to the support a point must be to count as touching it (a fraction of height).</summary>
    internal const double Touching = 0.006;

    private static IReadOnlyList<Segment> Shift(IReadOnlyList<Segment> segments, Vec3 by) =>
        segments.Select(s => s with { Points = s.Points.Select(p => p + by).ToArray() }).ToList();
}
