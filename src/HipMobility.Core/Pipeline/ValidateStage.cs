using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Schema;

namespace HipMobility.Pipeline;

/// <summary>
/// Stage 3: checks raw front matter against the schemas and turns it into typed records, one document at a time. Checks
/// that need other files (ids that must exist, sources that must be listed) belong to the link stage.
/// </summary>
public static class ValidateStage
{
    public static ContentSet Run(ParseStage.Result<ParsedDocument> parsed, DiagnosticBag diagnostics) =>
        Run(new ParseStage.Result<IContentItem>(parsed.Documents.Select(d => Bind(d, diagnostics)).ToList(), parsed.SourceList,
            parsed.Unreadable, parsed.UrlRegister), diagnostics);

    /// <summary>Gathers documents already bound one by one (see <see cref="ParseStage.Run{T}"/>), with the source list.</summary>
    public static ContentSet Run(ParseStage.Result<IContentItem> bound, DiagnosticBag diagnostics) =>
        new(bound.Documents.OfType<Pose>().ToList(), bound.Documents.OfType<MuscleGroup>().ToList(), bound.Documents.OfType<Routine>().ToList(),
            bound.Documents.OfType<Page>().ToList(), BindSources(bound.SourceList, diagnostics), bound.Unreadable, bound.UrlRegister)
        {
            Precautions = bound.Documents.OfType<PrecautionTag>().ToList(),
        };

    /// <summary>Checks one document's front matter and binds it to its record.</summary>
    public static IContentItem Bind(ParsedDocument doc, DiagnosticBag diagnostics)
    {
        var fields = CheckedFields.Check(doc.FrontMatter, ContentSchemas.For(doc.File.Kind), doc.File.DisplayPath, diagnostics);
        return doc.File.Kind switch
        {
            ContentKind.Pose => BindPose(doc, fields, diagnostics),
            ContentKind.Muscle => BindMuscle(doc, fields, diagnostics),
            ContentKind.Routine => BindRoutine(doc, fields, diagnostics),
            ContentKind.Precaution => BindPrecautionTag(doc, fields, diagnostics),
            _ => BindPage(doc, fields, diagnostics),
        };
    }

    private static ContentSource SourceOf(ParsedDocument doc, CheckedFields fields) => new(doc.File.DisplayPath, doc.File.InputRelativePath, new FieldPositions(fields.Locations));

    private static string BindId(ParsedDocument doc, CheckedFields fields, DiagnosticBag diagnostics)
    {
        var id = fields.Text("id");
        if (id is null) return doc.File.Stem;
        if (id != doc.File.Stem)
            diagnostics.Error(fields.LocationOf("id"), DiagnosticCodes.IdMismatch,
                $"id '{id}' does not match the file name '{doc.File.Stem}.md'",
                $"Rename the file to '{id}.md' or set 'id: {doc.File.Stem}'; an id is the permanent URL");
        return id;
    }

    private static IReadOnlyList<string> BindRedirects(CheckedFields fields, DiagnosticBag diagnostics)
    {
        var urls = fields.List("redirect_from");
        for (var i = 0; i < urls.Count; i++)
        {
            if (RedirectProblem(urls[i]) is { } problem)
                diagnostics.Error(fields.LocationOfItem("redirect_from", i), DiagnosticCodes.InvalidRedirect,
                    $"'{urls[i]}' {problem}", "Write the old path from the site root, such as /poses/old-name/");
        }
        return urls;
    }

    private static readonly char[] CharactersWindowsRefuses = ['<', '>', ':', '"', '|', '?', '*', '\\', '#'];

    /// <summary>Why an old URL cannot be turned into a redirect page on every host, or null when it can.</summary>
    internal static string? RedirectProblem(string url)
    {
        if (!url.StartsWith('/') || url.Contains("//") || url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return "is not a site path";
        var segments = url.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
            return "has a '.' or '..' segment, which could lead outside the site";
        if (segments.Any(s => s.IndexOfAny(CharactersWindowsRefuses) >= 0 || s.EndsWith('.') ||
                              Ids.IsReservedName(s.Split('.')[0].ToLowerInvariant())))
            return "uses a name or character that cannot be a file name on every system";
        if (SiteUrls.SiteFiles.Select(SiteUrls.Rooted.Site).Any(f => f.EndsWith('/') ? url.StartsWith(f, StringComparison.Ordinal) : url.TrimEnd('/') == f))
            return "is a file every build writes";
        return null;
    }

    private static Dose BindDose(CheckedFields fields) => new(fields.Hold("hold"), fields.Reps("reps"));

    private const string RestingPosition = "resting-position";

    internal static Pose BindPose(ParsedDocument doc, CheckedFields fields, DiagnosticBag diagnostics)
    {
        var id = BindId(doc, fields, diagnostics);
        var roles = fields.Mapping("muscles");
        var muscles = new MuscleRoles(roles?.List("stretched") ?? [], roles?.List("strengthened") ?? [], roles?.List("stabilising") ?? []);
        // A resting position (savasana) stretches and works nothing; every other pose names what it works.
        if (roles is not null && !muscles.All().Any() && !fields.List("movements").Contains(RestingPosition))
            diagnostics.Error(fields.LocationOf("muscles"), DiagnosticCodes.MissingRequired, "'muscles' names no muscle",
                "List at least one muscle id under stretched, strengthened or stabilising (only a pose whose movements are 'resting-position' may name none)");

        var dose = BindDose(fields);
        if (!fields.Has("hold") && !fields.Has("reps"))
            diagnostics.Error(fields.Location, DiagnosticCodes.MissingRequired, "a pose needs 'hold' or 'reps'",
                "Add 'hold: 30s' (or '5 breaths'), 'reps: 10', or both");

        var variants = new List<PoseVariant>();
        var variantIds = new HashSet<string>(StringComparer.Ordinal);
        var previousRank = -1;
        foreach (var v in fields.MappingList("variants"))
        {
            var variant = new PoseVariant(v.Text("id") ?? "", v.Text("name") ?? "", v.Text("position") ?? "",
                v.Text("intensity") ?? "", v.List("props"), v.Text("cue") ?? "", v.List("redirect_from"))
            {
                Figure = v.Mapping("figure") is { } vf ? BindFigure(vf, diagnostics) : null,
                Precautions = BindPrecautions(v, $"variants[{variants.Count}].", variantLevel: true, diagnostics),
            };
            foreach (var old in variant.RedirectFrom.Where(o => !variantIds.Add(o)))
                diagnostics.Error(v.LocationOf("redirect_from"), DiagnosticCodes.DuplicateVariant, $"variant id '{old}' is used twice in this pose",
                    "An old id in redirect_from must not be another variant's id");
            if (variant.Id.Length > 0 && !variantIds.Add(variant.Id))
                diagnostics.Error(v.LocationOf("id"), DiagnosticCodes.DuplicateVariant, $"variant id '{variant.Id}' is used twice in this pose",
                    "Give each variant its own id");
            var rank = IndexOf(ControlledLists.Intensities, variant.Intensity);
            if (rank >= 0)
            {
                if (rank < previousRank)
                    diagnostics.Error(v.LocationOf("intensity"), DiagnosticCodes.VariantsOutOfOrder,
                        $"variant '{variant.Id}' ({variant.Intensity}) comes after a harder one",
                        "Order variants from easiest to hardest: gentle, then moderate, then intense");
                previousRank = Math.Max(previousRank, rank);
            }
            variants.Add(variant);
        }

        // Read before the source is made: it keeps the places of the fields read so far, for errors found later.
        var precautions = BindPrecautions(fields, "", variantLevel: false, diagnostics);
        var pose = new Pose(id, fields.Text("title") ?? id, fields.Text("sanskrit"), fields.List("aliases"), fields.Text("summary") ?? "",
            fields.Text("cue") ?? "", fields.List("movements"), muscles, fields.Text("position") ?? "", fields.Text("intensity") ?? "",
            fields.List("props"), dose, fields.Text("sides") ?? "both", fields.List("cautions"), variants, fields.List("related"),
            fields.List("sources"), BindRedirects(fields, diagnostics), fields.Text("standalone"),
            SourceOf(doc, fields), doc.Body)
        {
            Figure = fields.Mapping("figure") is { } figure ? BindFigure(figure, diagnostics).Alone() : null,
            Precautions = precautions,
            Reviewed = fields.Date("reviewed"),
        };
        var drawn = DrawnVersion.Of(pose);
        FigurePrecautionCheck.Run(pose, drawn, fields, diagnostics);
        FigureMovementCheck.Run(pose, drawn, fields, diagnostics);
        return pose;
    }

    /// <summary>
    /// A <c>precautions:</c> list. Each tag once; <c>modify</c> names its safer version in <c>use</c>, <c>take-care</c>
    /// says what to do in <c>line</c>, and <c>none</c> (only a variant's) lifts the pose's precaution. Whether <c>use</c>
    /// names a version that exists is checked once every pose is known (<see cref="PrecautionChecks"/>).
    /// </summary>
    private static IReadOnlyList<Precaution> BindPrecautions(CheckedFields owner, string prefix, bool variantLevel, DiagnosticBag diagnostics)
    {
        var entries = owner.MappingList("precautions");
        if (entries.Count == 0) return [];
        var result = new List<Precaution>(entries.Count);
        var tags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.Text("tag") is not { } tag || e.Text("level") is not { } level) continue;
            var precaution = new Precaution(tag, level, e.Text("use"), e.Text("line")) { Field = $"{prefix}precautions[{i}]" };
            if (!tags.Add(tag))
            {
                diagnostics.Error(e.LocationOf("tag"), DiagnosticCodes.PrecautionEntry, $"'{tag}' is given twice in these precautions",
                    "Give each condition once, at the level that fits it best");
                continue;
            }
            if (level == PrecautionLevels.Modify && precaution.Use is null)
                diagnostics.Error(e.LocationOf("level"), DiagnosticCodes.PrecautionEntry, $"'modify' for '{tag}' does not say which version to use",
                    "Add 'use:' with a variant id of this pose, a pose id, or pose#variant");
            else if (level == PrecautionLevels.TakeCare && precaution.Line is null)
                diagnostics.Error(e.LocationOf("level"), DiagnosticCodes.PrecautionEntry, $"'take-care' for '{tag}' does not say what to take care with",
                    "Add 'line:', going on from the tag's opening words: 'keep the twist small and slow'");
            else if (level == PrecautionLevels.None && !variantLevel)
                diagnostics.Error(e.LocationOf("level"), DiagnosticCodes.PrecautionEntry, $"'none' for '{tag}' is only for a variant",
                    "On a pose, leave the tag out; on a variant, 'none' lifts the pose's precaution for that version");
            else if (level is PrecautionLevels.TakeCare or PrecautionLevels.None && precaution.Use is not null)
                diagnostics.Error(e.LocationOf("use"), DiagnosticCodes.PrecautionEntry, $"'use' has no meaning for '{level}'",
                    "Name a safer version only for 'avoid' or 'modify'");
            result.Add(precaution);
        }
        return result;
    }

    /// <summary>A <c>figure:</c> block: its joint angles checked against the normal ranges of motion, one or two frames.</summary>
    private static FigureOverride BindFigure(CheckedFields figure, DiagnosticBag diagnostics)
    {
        var frames = new List<FigureFrame>();
        var frameFields = figure.MappingList("frames");
        foreach (var f in frameFields)
            if (f.Text("alt") is { } alt) frames.Add(new FigureFrame(alt, BindAngles(f.Mapping("joints"), diagnostics)));
        if (frameFields.Count > 2)
            diagnostics.Error(figure.LocationOfItem("frames", 2), DiagnosticCodes.FigureFrameCount,
                $"a figure has {frameFields.Count} frames", "Give one frame for a hold, or two (the start and the end) for a movement");
        var props = figure.Has("props")
            ? figure.MappingList("props").Where(p => p.Text("prop") is not null && p.Text("at") is not null)
                .Select(p => new FigureProp(p.Text("prop")!, p.Text("at")!)).ToList()
            : null;
        return new FigureOverride(figure.Text("orientation"), figure.Text("support"), figure.Text("view"),
            BindAngles(figure.Mapping("joints"), diagnostics), props, frames);
    }

    private static IReadOnlyDictionary<string, double> BindAngles(CheckedFields? joints, DiagnosticBag diagnostics)
    {
        var angles = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (joints is null) return angles;
        foreach (var name in joints.Present)
        {
            if (joints.Number(name) is not { } value || FigureVocabulary.RangeOf(name) is not var (min, max)) continue;
            if (value < min || value > max)
            {
                diagnostics.Error(joints.LocationOf(name), DiagnosticCodes.JointOutOfRange,
                    $"{name} of {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}° is outside the normal range of motion, {min:0} to {max:0}°",
                    "Draw the pose as most readers can do it; the ranges are in CONTRIBUTING.md");
                continue;
            }
            angles[name] = value;
        }
        return angles;
    }

    internal static MuscleGroup BindMuscle(ParsedDocument doc, CheckedFields fields, DiagnosticBag diagnostics)
    {
        var id = BindId(doc, fields, diagnostics);
        return new MuscleGroup(id, fields.Text("title") ?? id, fields.Text("latin"), fields.List("aliases"), fields.Text("region") ?? "",
            fields.Text("summary") ?? "", fields.List("body_map"), BindRedirects(fields, diagnostics), SourceOf(doc, fields), doc.Body)
        {
            Reviewed = fields.Date("reviewed"),
        };
    }

    internal static Routine BindRoutine(ParsedDocument doc, CheckedFields fields, DiagnosticBag diagnostics)
    {
        var id = BindId(doc, fields, diagnostics);
        var steps = new List<RoutineStep>();
        var stepFields = fields.MappingList("steps");
        foreach (var s in stepFields)
            steps.Add(new RoutineStep(s.Text("pose") ?? "", s.Text("variant"), BindSets(s, BindDose(s), diagnostics), s.Text("sides") ?? "", s.Text("note")));
        if (fields.Has("steps") && stepFields.Count == 0 && !fields.List("steps").Any())
            diagnostics.Error(fields.LocationOf("steps"), DiagnosticCodes.EmptyRoutine, $"routine '{id}' has no steps",
                "Add at least one step: '- pose: <pose id>'");
        var notes = fields.MappingList("precaution_notes")
            .Where(n => n.Text("tag") is not null && n.Text("note") is not null)
            .Select(n => new RoutinePrecautionNote(n.Text("tag")!, n.Text("note")!)).ToList();
        var howOften = fields.Mapping("how_often");
        return new Routine(id, fields.Text("title") ?? id, fields.Text("summary") ?? "", fields.Text("level") ?? "",
            fields.Text("setting") ?? "", steps, fields.List("sources"), BindRedirects(fields, diagnostics),
            SourceOf(doc, fields), doc.Body)
        {
            PrecautionNotes = notes,
            Reviewed = fields.Date("reviewed"),
            HowOften = howOften?.Count("times_a_day") is { } times && howOften.Count("days_a_week") is { } days ? new HowOften(times, days) : null,
            Progress = fields.Text("progress"),
            StepBack = fields.Text("step_back"),
            Stages = fields.MappingList("stages").Where(st => st.Text("weeks") is not null && st.Text("plan") is not null)
                .Select(st => new RoutineStage(st.Text("weeks")!, st.Text("plan")!)).ToList(),
        };
    }

    internal static PrecautionTag BindPrecautionTag(ParsedDocument doc, CheckedFields fields, DiagnosticBag diagnostics)
    {
        var id = BindId(doc, fields, diagnostics);
        if (fields.Text("id") is not null && Ids.IsValid(id) && !ControlledLists.Precautions.Contains(id))
            diagnostics.Error(fields.LocationOf("id"), DiagnosticCodes.NotInControlledList, $"'{id}' is not a precaution tag",
                (NearestName.Find(id, ControlledLists.Precautions) is { } near ? $"Did you mean '{near}'? " : "") +
                $"A new tag goes into the controlled list first (Schema/ControlledLists.cs). Tags: {string.Join(", ", ControlledLists.Precautions)}");
        return new PrecautionTag(id, fields.Text("title") ?? id, fields.Text("summary") ?? "", fields.Text("condition") ?? "",
            fields.Text("caution") ?? "", SourceOf(doc, fields), doc.Body) { Reviewed = fields.Date("reviewed") };
    }

    /// <summary>A step's sets and the rest between them: more than one set needs a rest, and a rest needs more than one set.</summary>
    private static Dose BindSets(CheckedFields step, Dose dose, DiagnosticBag diagnostics)
    {
        var sets = step.Count("sets") ?? 1;
        var rest = step.Hold("rest");
        if (sets > 1 && rest is null && !step.Has("rest"))
            diagnostics.Error(step.LocationOf("sets"), DiagnosticCodes.SetsAndRest, $"a step of {sets} sets says no rest between them",
                "Add 'rest:' (such as 30s or 30-60s), the pause between sets");
        else if (sets == 1 && step.Has("rest") && (step.Count("sets") is not null || !step.Has("sets")))
            diagnostics.Error(step.LocationOf("rest"), DiagnosticCodes.SetsAndRest, "'rest' is the pause between sets, but this step has one set",
                "Add 'sets: 2' (or more), or remove 'rest'");
        return dose with { Sets = sets, Rest = sets > 1 ? rest : null };
    }

    internal static Page BindPage(ParsedDocument doc, CheckedFields fields, DiagnosticBag diagnostics)
    {
        var slug = doc.File.Stem;
        if (slug != "index" && !Ids.IsValid(slug))
            diagnostics.Error(SourceLocation.FileStart(doc.File.DisplayPath), DiagnosticCodes.IdNotKebab,
                $"page file name '{slug}' is not a valid id", "Name page files in lowercase-kebab, such as 'for-clinics.md'");
        else if (PublishedUrls.ReservedPageNames.Contains(slug))
            diagnostics.Error(SourceLocation.FileStart(doc.File.DisplayPath), DiagnosticCodes.IdNotKebab,
                $"a page named '{slug}' would take the place of the generated /{slug}/ pages", "Choose another file name");
        return new Page(slug, fields.Text("title") ?? slug, fields.Text("summary") ?? "", fields.Text("layout"),
            BindRedirects(fields, diagnostics), SourceOf(doc, fields), doc.Body)
        {
            Reviewed = fields.Date("reviewed"),
        };
    }

    private static IReadOnlyList<SourceArticle> BindSources(ParsedSourceList? list, DiagnosticBag diagnostics)
    {
        if (list is null) return [];
        var result = new List<SourceArticle>();
        foreach (var item in list.Items.Items)
        {
            if (item is not Parsing.YamlMap map)
            {
                diagnostics.Error(new SourceLocation(list.File.DisplayPath, item.Line, item.Column), DiagnosticCodes.WrongType,
                    "each source must be a '- id: …' entry", "See CONTRIBUTING.md");
                continue;
            }
            var fields = CheckedFields.Check(map, ContentSchemas.SourceArticle, list.File.DisplayPath, diagnostics);
            var url = fields.Text("url");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
            {
                diagnostics.Error(fields.LocationOf("url"), DiagnosticCodes.UnsafeLinkUrl, $"source url '{url}' is not an https address",
                    "Write the full address, starting https://");
                url = null;
            }
            if (fields.Text("id") is { } id)
                result.Add(new SourceArticle(id, fields.Text("title") ?? id)
                {
                    Publisher = fields.Text("publisher"), Published = fields.Text("published"), Url = url, Says = fields.Text("says"),
                });
        }
        return result;
    }

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
