using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HipMobility.Benchmarks.Corpus;

/// <summary>
/// Writes a synthetic guide of N poses that passes <c>hipmobility check</c> with no errors and no warnings (for N ≥ 20).
/// Each pose has the shape of the Hugo peer corpus (/work/shared/bench/gen-poses.py): a body of about 400 words with
/// 3 <c>##</c> headings, a 6-step ordered list, a 4-row pipe table of variants and 3–5 links to other poses (here as
/// <c>[[id]]</c>), and 3–5 of 20 muscles (here by role). On top of that it carries the front matter a real pose has:
/// 2 variants, 2 related poses, a source, hold/reps, cautions. Also written: the 20 muscle files, N/10 routines
/// (at least one) of 8 steps, sources.yml and index.md. Poses that no routine uses say why in <c>standalone</c>, so
/// the build prints no HM101 warnings (printing thousands of lines would distort the timings).
/// Same N and seed → byte-identical files (own PRNG, invariant culture, LF line endings, UTF-8 without BOM).
/// </summary>
internal static partial class CorpusGenerator
{
    // The 20 muscles of gen-poses.py, with a region and body-map area each.
    private static readonly (string Name, string Region, string[] BodyMap)[] Muscles =
    [
        ("Hamstrings", "back", ["back-thigh"]), ("Quadriceps", "front", ["front-thigh"]),
        ("Gluteus Maximus", "back", ["buttock"]), ("Gluteus Medius", "side", ["outer-hip"]),
        ("Hip Flexors", "front", ["front-hip"]), ("Adductors", "front", ["inner-thigh"]),
        ("Calves", "back", ["calf"]), ("Tibialis Anterior", "front", ["calf"]),
        ("Erector Spinae", "back", ["lower-back", "spine"]), ("Latissimus Dorsi", "back", ["upper-back", "side-waist"]),
        ("Trapezius", "back", ["upper-back"]), ("Rhomboids", "back", ["upper-back"]),
        ("Deltoids", "side", ["upper-back"]), ("Pectorals", "front", ["upper-back"]),
        ("Rotator Cuff", "deep", ["upper-back"]), ("Triceps", "back", ["upper-back"]),
        ("Obliques", "side", ["side-waist"]), ("Rectus Abdominis", "front", ["abdomen"]),
        ("Transverse Abdominis", "deep", ["abdomen"]), ("Piriformis", "deep", ["deep-buttock"]),
    ];

    private static readonly string[] Prefixes = ["Reclined", "Standing", "Seated", "Supine", "Prone", "Kneeling", "Side",
        "Twisted", "Revolved", "Extended", "Half", "Supported", "Wide-Legged", "Bound"];
    private static readonly string[] Bases = ["Pigeon", "Lunge", "Bridge", "Cobra", "Forward Fold", "Squat", "Bound Angle",
        "Warrior", "Triangle", "Frog", "Child's Pose", "Cat-Cow", "Plank", "Locust",
        "Camel", "Boat", "Thread the Needle", "Figure Four", "Hip Opener", "Shoulder Stretch"];
    private static readonly string[] Sanskrit = ["Asana", "Kapotasana", "Anjaneyasana", "Setu Bandha", "Bhujangasana",
        "Uttanasana", "Malasana", "Baddha Konasana", "Virabhadrasana", "Trikonasana",
        "Mandukasana", "Balasana", "Marjaryasana", "Phalakasana", "Salabhasana"];
    private static readonly string[] Words = ("breath spine hip knee ankle shoulder pelvis ribs neck gaze ground length ease " +
        "gently slowly steady soften lengthen rotate press reach relax engage release " +
        "tension balance alignment comfort range motion muscle joint support weight " +
        "floor mat edge front back side inner outer upper lower deep light firm " +
        "hold stay return pause notice explore maintain allow keep feel move shift").Split(' ');
    private static readonly string[] StepVerbs = ["Begin", "Place", "Shift", "Lengthen", "Press", "Rotate", "Reach", "Draw",
        "Soften", "Hold", "Inhale and", "Exhale and"];
    private static readonly string[] VariantKinds = ["Easier", "Supported", "Deeper", "Dynamic", "Wall", "Chair", "Strap", "Block"];
    private static readonly string[] AliasWords = ["Variation", "Flow", "Hold", "Prep"];
    private static readonly string[] AliasSuffixes = ["II", "III", "Mod", "Alt"];
    private static readonly string[] Conditions = ["osteoporosis", "sciatica", "a recent hip surgery", "knee pain"];
    private static readonly string[] TableProps = ["block", "strap", "bolster", "blanket", "wall", "chair", "none"];

    // The guide's controlled lists (CONTRIBUTING.md). `hipmobility check` is run on every corpus before it is timed,
    // so a change to these lists shows up as a failed check rather than as silently wrong figures.
    private static readonly string[] Movements = ["hip-flexion", "hip-extension", "hip-external-rotation", "hip-internal-rotation",
        "hip-abduction", "hip-adduction", "spinal-flexion", "spinal-extension", "spinal-rotation", "lateral-flexion"];
    private static readonly string[] Positions = ["supine", "prone", "side-lying", "seated-floor", "chair", "kneeling", "quadruped", "standing", "bed"];
    private static readonly string[] Intensities = ["gentle", "moderate", "intense"];
    private static readonly string[] Props = ["block", "blanket", "bolster", "pillow", "strap", "chair", "wall", "dowel"];
    private static readonly string[] Holds = ["30s", "45s", "60s", "1 min", "5 breaths", "30-60s", "2 minutes"];
    private static readonly string[] Reps = ["6", "8", "10", "8-10", "6-10"];
    private static readonly string[] Levels = ["beginner", "intermediate"];
    private static readonly string[] Settings = ["floor", "chair", "bed", "standing", "mixed"];
    private const int SourceCount = 5;
    private const int StepsPerRoutine = 8;

    private sealed record PoseStub(int Index, string Id, string Title, List<(string Id, string Kind)> Variants);

    public sealed record Summary(int Poses, int Muscles, int Routines, long Bytes);

    public static Summary Write(int poseCount, int seed, string outDirectory, bool withFigures = false)
    {
        if (poseCount < 1) throw new ArgumentOutOfRangeException(nameof(poseCount), "need at least one pose");
        var rng = new Rng(seed);
        var root = Path.GetFullPath(outDirectory);
        foreach (var folder in new[] { "poses", "muscles", "routines" })
        {
            var dir = Path.Combine(root, folder);
            Directory.CreateDirectory(dir);
            foreach (var old in Directory.EnumerateFiles(dir, "*.md")) File.Delete(old);
        }
        long bytes = 0;
        void Save(string relative, string text)
        {
            var data = new UTF8Encoding(false).GetBytes(text);
            File.WriteAllBytes(Path.Combine(root, relative), data);
            bytes += data.Length;
        }

        // 1. Every pose's id, title and variant ids first, so routines and links can name them.
        var stubs = new List<PoseStub>(poseCount);
        for (var i = 0; i < poseCount; i++)
        {
            var title = $"{rng.Pick(Prefixes)} {rng.Pick(Bases)}";
            var kinds = rng.Sample(VariantKinds, 2);
            stubs.Add(new PoseStub(i, $"{Slug(title)}-{i}", title, kinds.Select(k => (Slug(k), k)).ToList()));
        }

        // 2. Routines: N/10 of 8 steps each, drawn at random (so about half the poses are in some routine).
        var routineCount = Math.Max(1, poseCount / 10);
        var used = new bool[poseCount];
        var routines = new List<string>(routineCount);
        for (var r = 0; r < routineCount; r++)
        {
            var (id, text) = Routine(r, stubs, used, rng);
            routines.Add(id);
            Save($"routines/{id}.md", text);
        }

        // 3. Poses.
        foreach (var stub in stubs) Save($"poses/{stub.Id}.md", Pose(stub, stubs, used[stub.Index], rng, withFigures));

        // 4. Muscles, sources, home page.
        for (var m = 0; m < Muscles.Length; m++) Save($"muscles/{Slug(Muscles[m].Name)}.md", Muscle(m, stubs, rng));
        var sources = new StringBuilder("# Synthetic source articles for the benchmark corpus.\n");
        for (var s = 1; s <= SourceCount; s++)
            sources.Append($"- id: source-{s}\n  title: {Quote(Sentence(rng, 5, 9).TrimEnd('.'))}\n");
        Save("sources.yml", sources.ToString());
        Save("index.md", Index(poseCount, stubs, routines, rng));
        return new Summary(poseCount, Muscles.Length, routineCount, bytes);
    }

    private static string Pose(PoseStub p, List<PoseStub> all, bool inRoutine, Rng rng, bool withFigures)
    {
        var n = all.Count;
        var sb = new StringBuilder(4096);
        void Line(string s) => sb.Append(s).Append('\n');

        // Muscles: 3–5 of the 20; pose i always works muscle i mod 20, so every muscle is worked once N ≥ 20.
        var own = p.Index % Muscles.Length;
        var muscles = new List<int> { own };
        muscles.AddRange(rng.Sample(Enumerable.Range(0, Muscles.Length).Where(m => m != own).ToList(), rng.Between(2, 4)));
        muscles = rng.Sample(muscles, muscles.Count);
        var roles = new List<string>[] { [], [], [] };
        roles[0].Add(Slug(Muscles[muscles[0]].Name));
        foreach (var m in muscles.Skip(1)) roles[rng.Next(3)].Add(Slug(Muscles[m].Name));
        var muscleNames = muscles.Select(m => Muscles[m].Name).ToList();

        var intensity = rng.Next(Intensities.Length);
        var position = rng.Pick(Positions);
        var aliases = new[]
        {
            $"{rng.Pick(Sanskrit)} {rng.Pick(AliasWords)} {p.Index}",
            $"{p.Title} {rng.Pick(AliasSuffixes)}",
        }.Take(rng.Between(1, 2));

        Line("---");
        Line($"id: {p.Id}");
        Line($"title: {Quote(p.Title)}");
        Line($"sanskrit: {Quote(rng.Pick(Sanskrit))}");
        Line($"aliases: [{string.Join(", ", aliases.Select(Quote))}]");
        Line($"summary: {Quote($"{p.Title} works the {string.Join(", ", muscleNames.Select(m => m.ToLowerInvariant()))}. {Sentence(rng)}")}");
        Line($"cue: {Quote(Sentence(rng))}");
        Line($"movements: [{string.Join(", ", rng.Sample(Movements, rng.Between(1, 3)))}]");
        Line("muscles:");
        Line($"  stretched: [{string.Join(", ", roles[0])}]");
        Line($"  strengthened: [{string.Join(", ", roles[1])}]");
        Line($"  stabilising: [{string.Join(", ", roles[2])}]");
        Line($"position: {position}");
        Line($"intensity: {Intensities[intensity]}");
        Line($"props: [{string.Join(", ", rng.Sample(Props, rng.Between(0, 3)))}]");
        switch (rng.Next(3))
        {
            case 0: Line($"hold: {rng.Pick(Holds)}"); break;
            case 1: Line($"reps: {rng.Pick(Reps)}"); break;
            default: Line($"hold: {rng.Between(3, 10)}s"); Line($"reps: {rng.Pick(Reps)}"); break;
        }
        Line($"sides: {(rng.Chance(60) ? "each" : "both")}");
        Line("cautions:");
        Line("  - Stop if you feel sharp pain, or pain that travels down the leg.");
        if (rng.Chance(50)) Line($"  - {Quote("Take care if you have " + rng.Pick(Conditions) + ". " + Sentence(rng))}");
        Line("variants:");
        // Two variants, easiest first: the first is never harder than the second.
        var ranks = new[] { rng.Next(Intensities.Length), rng.Next(Intensities.Length) }.Order().ToArray();
        for (var v = 0; v < p.Variants.Count; v++)
        {
            Line($"  - id: {p.Variants[v].Id}");
            Line($"    name: {Quote($"{p.Variants[v].Kind} {p.Title}")}");
            Line($"    position: {(rng.Chance(50) ? position : rng.Pick(Positions))}");
            Line($"    intensity: {Intensities[ranks[v]]}");
            Line($"    props: [{string.Join(", ", rng.Sample(Props, rng.Between(0, 2)))}]");
            Line($"    cue: {Quote(Sentence(rng))}");
        }
        var related = OtherPoses(rng, n, p.Index, 2);
        Line($"related: [{string.Join(", ", related.Select(q => all[q].Id))}]");
        Line($"sources: [source-{rng.Between(1, SourceCount)}]");
        Line("redirect_from: []");
        if (withFigures) Figure(position, Line);
        if (!inRoutine) Line("standalone: Synthetic benchmark pose that no generated routine happens to use.");
        Line("---");
        Line("");

        // The body follows gen-poses.py sentence for sentence, with [[id]] links instead of Markdown links.
        var others = OtherPoses(rng, n, p.Index, rng.Between(3, 5)).Select(q => $"[[{all[q].Id}]]").ToList();
        if (others.Count == 0) others.Add($"[[{p.Id}]]");
        Line($"{p.Title} targets the {string.Join(", ", muscleNames.SkipLast(1).Select(m => m.ToLowerInvariant()))} and " +
             $"{muscleNames[^1].ToLowerInvariant()}. " + Paragraph(rng, 6));
        Line("");
        Line("## How to practice");
        Line("");
        for (var k = 0; k < 6; k++)
            Line($"{k + 1}. {rng.Pick(StepVerbs)} {RandomWords(rng, rng.Between(9, 13))}.");
        Line("");
        Line(Paragraph(rng, 3));
        Line("");
        Line("## Variants");
        Line("");
        Line("| Variant | Props | Focus | Notes |");
        Line("|---|---|---|---|");
        foreach (var kind in rng.Sample(VariantKinds, 4))
            Line($"| {kind} {p.Title} | {rng.Pick(TableProps)} | {rng.Pick(muscleNames)} | {RandomWords(rng, 6)} |");
        Line("");
        Line(Paragraph(rng, 3));
        Line("");
        Line("## Related poses");
        Line("");
        Line(Paragraph(rng, 2) + " Pair it with " + string.Join(", ", others.SkipLast(1)) + $" or {others[^1]}. " + Paragraph(rng, 3));
        return sb.ToString();
    }

    /// <summary>
    /// With <c>gen --figures</c>: a movement figure in the pose's own orientation, drawn without the generator's random
    /// numbers (so the rest of the corpus stays what the seed gives). Its start bends, opens and turns the hips and the
    /// spine and its end is neutral, so every movement tag the pose may have shows (no HM107), and no hip passes 90°,
    /// the midline or into internal rotation (no HM036, since the corpus has no precautions).
    /// </summary>
    private static void Figure(string position, Action<string> line)
    {
        var (orientation, support) = position switch
        {
            "supine" or "prone" or "side-lying" or "kneeling" or "quadruped" => (position, "floor"),
            "seated-floor" => ("seated", "floor"),
            "chair" => ("seated", "chair"),
            "bed" => ("supine", "bed"),
            _ => ("upright", "floor"),
        };
        var seated = orientation == "seated";
        line("figure:");
        line($"  orientation: {orientation}");
        line($"  support: {support}");
        line("  view: left");
        line("  frames:");
        line("    - alt: The start, hips bent and turned out, the back a little rounded and turned.");
        line("      joints:");
        line($"        hip-flexion: {(seated ? 90 : 30)}");
        line("        hip-abduction: 20");
        line("        hip-external-rotation: 20");
        line("        lumbar-flexion: 10");
        line("        lumbar-rotation-left: 5");
        line("        lumbar-side-bending-left: 5");
        line("    - alt: The end, hips and back back to neutral.");
        line("      joints:");
        line($"        hip-flexion: {(seated ? 80 : 0)}");
        line("        hip-abduction: 0");
        line("        hip-external-rotation: 0");
        line("        lumbar-flexion: 0");
        line("        lumbar-rotation-left: 0");
        line("        lumbar-side-bending-left: 0");
    }

    private static (string Id, string Text) Routine(int r, List<PoseStub> poses, bool[] used, Rng rng)
    {
        var id = $"routine-{r + 1:D5}";
        var sb = new StringBuilder(2048);
        void Line(string s) => sb.Append(s).Append('\n');
        Line("---");
        Line($"id: {id}");
        Line($"title: {Quote($"{rng.Pick(Prefixes)} {rng.Pick(Bases)} sequence {r + 1}")}");
        Line($"summary: {Quote(Sentence(rng))}");
        Line($"level: {rng.Pick(Levels)}");
        // Steps are drawn from every position, so a routine is on the floor or mixed: a chair, bed or standing routine
        // with floor steps is an error (HM034). The draw stays, so the rest of the corpus is what the seed always gave.
        Line($"setting: {(rng.Pick(Settings) == "floor" ? "floor" : "mixed")}");
        Line("steps:");
        var first = -1;
        for (var s = 0; s < StepsPerRoutine; s++)
        {
            var pose = poses[rng.Next(poses.Count)];
            if (first < 0) first = pose.Index;
            used[pose.Index] = true;
            Line($"  - pose: {pose.Id}");
            if (rng.Chance(50)) Line($"    variant: {rng.Pick(pose.Variants).Id}");
            if (rng.Chance(40)) Line($"    hold: {rng.Pick(Holds)}");
            if (rng.Chance(30)) Line($"    sides: {(rng.Chance(50) ? "each" : "both")}");
            if (rng.Chance(25)) Line($"    note: {Quote(Sentence(rng))}");
        }
        Line($"sources: [source-{rng.Between(1, SourceCount)}]");
        Line("redirect_from: []");
        Line("---");
        Line("");
        Line(Paragraph(rng, 4) + $" Start with [[{poses[first].Id}]].");
        Line("");
        Line(Paragraph(rng, 3));
        return (id, sb.ToString());
    }

    private static string Muscle(int m, List<PoseStub> poses, Rng rng)
    {
        var (name, region, bodyMap) = Muscles[m];
        var sb = new StringBuilder(2048);
        void Line(string s) => sb.Append(s).Append('\n');
        Line("---");
        Line($"id: {Slug(name)}");
        Line($"title: {Quote(name)}");
        Line($"aliases: [{Quote(name.ToLowerInvariant() + " muscles")}]");
        Line($"region: {region}");
        Line($"summary: {Quote(Sentence(rng))}");
        Line($"body_map: [{string.Join(", ", bodyMap)}]");
        Line("redirect_from: []");
        Line("---");
        Line("");
        Line("## What they do");
        Line("");
        Line(Paragraph(rng, 4));
        Line("");
        Line("## How they load the lower back");
        Line("");
        // Poses m and m+20 work this muscle (see Pose); link the first one that exists.
        Line(Paragraph(rng, 4) + $" Try [[{poses[m % poses.Count].Id}]].");
        return sb.ToString();
    }

    private static string Index(int n, List<PoseStub> poses, List<string> routines, Rng rng)
    {
        var sb = new StringBuilder();
        sb.Append("---\ntitle: Synthetic HipMobility corpus\n");
        sb.Append($"summary: {Quote($"A generated guide of {n.ToString(CultureInfo.InvariantCulture)} poses for benchmarking the build.")}\n---\n\n");
        sb.Append(Paragraph(rng, 3)).Append("\n\n## Where to start\n\n");
        foreach (var r in routines.Take(3)) sb.Append($"- Try the [[{r}]] routine.\n");
        foreach (var p in poses.Take(3)) sb.Append($"- Learn [[{p.Id}]].\n");
        return sb.ToString();
    }

    private static string RandomWords(Rng rng, int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => rng.Pick(Words)));

    /// <summary>Up to <paramref name="count"/> distinct indexes in [0, n) other than <paramref name="self"/>, by rejection (O(count), not O(n)).</summary>
    private static List<int> OtherPoses(Rng rng, int n, int self, int count)
    {
        count = Math.Min(count, n - 1);
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var q = rng.Next(n);
            if (q != self && !picked.Contains(q)) picked.Add(q);
        }
        return picked;
    }

    private static string Sentence(Rng rng, int low = 8, int high = 16)
    {
        var w = RandomWords(rng, rng.Between(low, high));
        return char.ToUpperInvariant(w[0]) + w[1..] + ".";
    }

    private static string Paragraph(Rng rng, int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Sentence(rng)));

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string Slug(string s) => NonAlphanumeric().Replace(s.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
