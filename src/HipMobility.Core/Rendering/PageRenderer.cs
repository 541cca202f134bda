using System.Text;
using System.Text.Json;
using HipMobility.Content;
using HipMobility.Figures;
using HipMobility.Markdown;
using HipMobility.Schema;
using HipMobility.Text;
using HipMobility.Theme;
using Markdig;
using Markdig.Syntax;

namespace HipMobility.Rendering;

/// <summary>Builds the view models for each kind of page and renders them through the theme's templates.</summary>
public sealed class PageRenderer
{
    private readonly LinkedSite _site;
    private readonly SiteUrls _urls;
    private readonly TemplateSet _templates;
    private readonly ThemeWording _wording;
    private readonly SiteOptions _options;
    private readonly string _figureStyle;

    /// <param name="figures">The figures drawn so far (serve keeps them between builds); a build of its own when null.</param>
    public PageRenderer(LinkedSite site, CompiledTheme theme, SiteOptions options, FigureDrawings? figures = null)
    {
        (_site, _urls, _templates, _wording, _options) = (site, site.Urls, theme.Templates, theme.Wording, options);
        _figures = figures ?? new FigureDrawings();
        Precautions = new PrecautionLines(site, theme.Wording);
        _offline = theme.Assets.Has(OfflineApp.WorkerAsset);
        _figureStyle = theme.FigureStyle;
    }

    /// <summary>The caution lines made from precaution tags, worded as on every page and sheet.</summary>
    public PrecautionLines Precautions { get; }

    /// <summary>Whether the theme makes the site work offline (<see cref="OfflineApp"/>): pages then link the manifest and register the worker.</summary>
    private readonly bool _offline;

    /// <summary>The theme's words for what the generator writes itself (<c>theme/wording.yml</c>).</summary>
    public ThemeWording Wording => _wording;

    public string BodyHtml(ContentBody body) => BodyRenderer.HtmlOf(body, _site);

    // ---- frame ----

    /// <summary>The site's main navigation, one list per section a page can be in (the last: none), made once.</summary>
    private IReadOnlyList<NavLink>[] NavBySection
    {
        get
        {
            if (_navBySection is { } made) return made;
            (string Title, string Url)[] sections =
            [
                ("Poses", _urls.Site(SiteUrls.PosesIndex)), ("Muscles", _urls.Site(SiteUrls.MusclesIndex)), ("Routines", _urls.Site(SiteUrls.RoutinesIndex)),
                ("Variant finder", _urls.Site(SiteUrls.VariantFinder)), ("Safety", _urls.Site(SiteUrls.SafetyPage)),
            ];
            var lists = new IReadOnlyList<NavLink>[sections.Length + 1];
            for (var current = 0; current <= sections.Length; current++)
                lists[current] = sections.Select((n, i) => new NavLink(n.Title, n.Url, i == current)).ToList();
            return _navBySection = lists;
        }
    }

    private IReadOnlyList<NavLink>[]? _navBySection;

    private IReadOnlyList<NavLink> Nav(string sitePath)
    {
        var lists = NavBySection;
        for (var i = 0; i < lists.Length - 1; i++)
            if (sitePath.StartsWith(lists[i][i].Url, StringComparison.Ordinal)) return lists[i];
        return lists[^1];
    }

    private PageFrame Frame(string title, string description, string sitePath, string pageType, IReadOnlyList<Crumb> crumbs,
        ContentSource? source, string? jsonLd = null, bool isPrint = false, DateOnly? reviewed = null)
    {
        var jsonLdHtml = jsonLd is null ? Html.Empty :
            new Html("<script type=\"application/ld+json\">" + jsonLd + "</script>");
        return new PageFrame(title, sitePath == _urls.Home ? title : $"{title} · HipMobility", description, _urls.Absolute(sitePath),
            _urls.BasePath, pageType, jsonLdHtml, crumbs, Nav(sitePath),
            source is null || _options.EditUrlBase is null ? null : _options.EditUrlBase.TrimEnd('/') + "/" + source.RelativePath,
            isPrint, _urls.Site(SiteUrls.SearchPage))
        {
            LastReviewed = reviewed is { } r ? Labels.Date(r) : null,
            LastReviewedIso = reviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            NextReviewDue = reviewed is { } d ? Labels.Date(Review.NextDue(d)) : null,
            NextReviewDueIso = reviewed is { } n ? Review.NextDue(n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            ManifestUrl = _offline ? _urls.Site(SiteUrls.WebManifest) : null,
            ServiceWorkerUrl = _offline ? _urls.Site(SiteUrls.ServiceWorker) : null,
        };
    }

    private Crumb Home => new("Home", _urls.Home);

    private byte[] RenderPage(string layout, PageFrame frame, IThemeModel model) => _templates.RenderPageUtf8(layout, new PageModel(frame, model));

    // ---- poses ----

    public OutputFile Pose(Pose pose)
    {
        var url = _urls.Pose(pose.Id);
        var body = BodyRenderer.Render(pose.Body, _site);
        var roles = RoleGroups(pose.Muscles.All().Where(m => _site.Muscles.ContainsKey(m.MuscleId))
            .Select(m => (m.Role, Item: new LinkItem(_site.Muscles[m.MuscleId].Title, _urls.Muscle(m.MuscleId), _site.Muscles[m.MuscleId].Summary))));
        var otherPositions = pose.Positions().Where(p => p != pose.Position).Select(Labels.Position).ToList();
        var view = new PoseView(
            pose.Id, pose.Title, pose.Sanskrit, pose.Aliases, pose.Summary, pose.Cue,
            Labels.Position(pose.Position), Labels.List(pose.Positions().Select(Labels.Position)),
            pose.Intensity, Labels.List(pose.Props.Select(Labels.Capitalised)), Labels.Dose(pose.Dose), Labels.Sides(pose.Sides),
            Labels.List(pose.Movements.Select(Labels.Capitalised)), pose.Cautions,
            pose.Variants.Select((v, i) => Variant(pose, v, i)).ToList(), roles,
            _site.RoutinesUsing(pose.Id).Select(u => new RoutineRef(u.Routine.Title, _urls.Routine(u.Routine.Id) + "#step-" + u.StepNumber, u.StepNumber)
                { StepCount = u.Routine.Steps.Count }).ToList(),
            _site.RelatedTo(pose.Id).Select(p => new LinkItem(p.Title, _urls.Pose(p.Id), $"{Labels.Position(p.Position)} · {Labels.Capitalised(p.Intensity)}")
                { Summary = p.Summary, Figure = CardFigure(p) }).ToList(),
            SourceTitles(pose.Sources), PoseBodyMap(pose), new Html(body.Html))
        {
            IntensityLabel = Labels.Capitalised(pose.Intensity),
            FigureHtml = Figure(pose, null, "fig-" + pose.Id, pose.Title),
            FigureMovementHtml = _figures.MovementOf(pose) is { } movement ? new Html(movement) : Html.Empty,
            Hold = pose.Dose.Hold is { } h ? Labels.Hold(h) : null,
            Reps = pose.Dose.Reps is { } r ? Labels.Reps(r) : null,
            OtherPositions = otherPositions.Count > 0 ? string.Join(", ", otherPositions) : null,
            Precautions = Precautions.Views(pose, pose.Precautions),
        };
        var crumbs = new[] { Home, new Crumb("Poses", _urls.Site(SiteUrls.PosesIndex)), new Crumb(pose.Title, url) };
        var frame = Frame(pose.Title, pose.Summary, url, "pose", crumbs, pose.Source, HowTo(pose.Title, pose.Summary, url,
            body.Steps), reviewed: pose.Reviewed) with
        {
            SearchHtml = new Html(SearchMarkup.ForPose(pose, _site)),
            ShareImage = _options.ShareImages && pose.Figure is { } shared ? _urls.Absolute(_urls.SharePicture(pose.Id)) : null,
            ShareImageAlt = pose.Figure is { } described ? FigureSvg.Description(described.Frames) : null,
        };
        return HtmlFile(url, RenderPage("pose", frame, view));
    }

    private VariantRow Variant(Pose pose, PoseVariant v, int index) =>
        new(v.Id, v.Name, Labels.Position(v.Position), v.Intensity, Labels.List(v.Props.Select(Labels.Capitalised)), v.Cue, _urls.Pose(pose.Id) + "#" + v.Id)
        {
            PositionKey = v.Position, IntensityLabel = Labels.Capitalised(v.Intensity), Rank = index + 1,
            FigureHtml = Figure(pose, v, $"fig-{pose.Id}-{v.Id}", v.Name),
            Precautions = Precautions.Views(pose, v.Precautions),
        };

    private static IReadOnlyList<RoleGroup> RoleGroups(IEnumerable<(MuscleRole Role, LinkItem Item)> items)
    {
        var byRole = items.ToLookup(i => i.Role, i => i.Item);
        return Enum.GetValues<MuscleRole>()
            .Where(r => byRole[r].Any())
            .Select(r => new RoleGroup(RoleKey(r), Labels.RoleVerb(r), byRole[r].ToList()))
            .ToList();
    }

    private static string RoleKey(MuscleRole role) => role.ToString().ToLowerInvariant();

    private BodyMapView PoseBodyMap(Pose pose)
    {
        var regions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // Stretched wins over the others where a region is shared, then strengthened, then stabilising.
        foreach (var (role, muscleId) in pose.Muscles.All().OrderByDescending(m => m.Role))
        {
            if (!_site.Muscles.TryGetValue(muscleId, out var muscle)) continue;
            foreach (var region in muscle.BodyMap) regions[region] = "is-" + RoleKey(role);
        }
        var legend = pose.Muscles.All().Where(m => _site.Muscles.ContainsKey(m.MuscleId)).Select(m => m.Role).Distinct().Order()
            .Select(r => new LinkItem(Labels.RoleVerb(r), "", "is-" + RoleKey(r))).ToList();
        var description = new StringBuilder($"Body diagram, front and back, of the muscles {pose.Title} works.");
        foreach (var group in pose.Muscles.All().Where(m => _site.Muscles.ContainsKey(m.MuscleId)).GroupBy(m => m.Role).OrderBy(g => g.Key))
        {
            description.Append(' ').Append(Labels.RoleVerb(group.Key)).Append(": ");
            description.Append(string.Join("; ", group.Select(m => _site.Muscles[m.MuscleId]).Select(m =>
                $"{m.Title.ToLowerInvariant()} ({string.Join(", ", m.BodyMap.Select(b => Labels.BodyRegion(b).ToLowerInvariant()))})")));
            description.Append('.');
        }
        return new BodyMapView(description.ToString(), regions, legend);
    }

    // ---- muscles ----

    public OutputFile Muscle(MuscleGroup muscle)
    {
        var url = _urls.Muscle(muscle.Id);
        var uses = _site.UsesOf(muscle.Id);
        var groups = Enum.GetValues<MuscleRole>()
            .Select(role => (role, rows: uses.Where(u => u.Role == role).Select(u => PoseUse(u.Pose)).ToList()))
            .Where(g => g.rows.Count > 0)
            .Select(g => new PoseUseGroup(RoleKey(g.role), g.role switch
            {
                MuscleRole.Stretched => _wording["muscle_page.stretched_heading"],
                MuscleRole.Strengthened => _wording["muscle_page.strengthened_heading"],
                _ => _wording["muscle_page.stabilising_heading"],
            }, g.rows))
            .ToList();
        var regions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in muscle.BodyMap) regions[r] = "is-highlight";
        var where = Labels.List(muscle.BodyMap.Select((b, i) => i == 0 ? Labels.BodyRegion(b) : Labels.BodyRegion(b).ToLowerInvariant()), "");
        var label = $"Body diagram, front and back, with the {muscle.Title.ToLowerInvariant()} shaded: {where.ToLowerInvariant()}.";
        var view = new MuscleView(muscle.Id, muscle.Title, muscle.Latin, muscle.Aliases, muscle.Summary, Labels.Capitalised(muscle.Region),
            groups, new BodyMapView(label, regions, [new LinkItem($"Where the {muscle.Title.ToLowerInvariant()} are", "", "is-highlight")]),
            new Html(BodyHtml(muscle.Body)))
        {
            Where = where,
            PoseCount = uses.Select(u => u.Pose.Id).Distinct().Count(),
        };
        var crumbs = new[] { Home, new Crumb("Muscles", _urls.Site(SiteUrls.MusclesIndex)), new Crumb(muscle.Title, url) };
        return HtmlFile(url, RenderPage("muscle", Frame(muscle.Title, muscle.Summary, url, "muscle", crumbs, muscle.Source, reviewed: muscle.Reviewed)
            with { SearchHtml = new Html(SearchMarkup.ForMuscle(muscle)) }, view));
    }

    private PoseUseRow PoseUse(Pose pose)
    {
        var others = pose.Positions().Where(p => p != pose.Position).Select(Labels.Position).ToList();
        return new PoseUseRow(pose.Title, _urls.Pose(pose.Id), Labels.Position(pose.Position), pose.Intensity, Labels.Capitalised(pose.Intensity),
            others.Count > 0 ? string.Join(", ", others) : null);
    }

    // ---- routines ----

    /// <summary>Each routine's QR code is drawn once, though its page and its print page both show it.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _qrCodes = new(StringComparer.Ordinal);

    /// <summary>
    /// A step's drawing: its version's figure, or the pose's when the step uses the pose itself. A version without a
    /// figure of its own gets none, rather than the pose's picture of another version.
    /// </summary>
    private Html StepFigure(Pose pose, PoseVariant? variant, int number) => Figure(pose, variant, $"fig-step-{number}", variant?.Name ?? pose.Title);

    private readonly FigureDrawings _figures;

    /// <summary>The figure of a pose (<paramref name="variant"/> null) or of one of its versions, with this page's ids and name; empty when it has none.</summary>
    private Html Figure(Pose pose, PoseVariant? variant, string id, string title) =>
        DrawingOf(pose, variant) is { } drawing ? new Html(FigureSvg.Draw(drawing, id, title)) : Html.Empty;

    private FigureSvg.Drawing? DrawingOf(Pose pose, PoseVariant? variant) => _figures.Of(pose, variant);

    /// <summary>A card's picture: the figure file of a pose, or of a version that has its own (never another version's).</summary>
    public FigureImage? CardFigure(Pose pose, PoseVariant? variant = null) =>
        DrawingOf(pose, variant) is { } drawing && FigureSvg.Size(drawing) is var (width, height)
            ? new FigureImage(_urls.Figure(pose.Id, variant?.Id), width, height)
            : null;

    /// <summary>The figure of a pose or one of its versions as a file of its own (<see cref="SiteUrls.Figure"/>), for cards, handouts and search results.</summary>
    public OutputFile FigureFile(Pose pose, PoseVariant? variant) => new(_urls.OutputPath(_urls.Figure(pose.Id, variant?.Id)),
        System.Text.Encoding.UTF8.GetBytes(FigureSvg.Standalone(DrawingOf(pose, variant)
            ?? throw new InvalidOperationException($"{pose.Id} {variant?.Id} has no figure"), variant?.Name ?? pose.Title, _figureStyle)));

    private FigurePalette? _palette;

    /// <summary>A pose's figure painted as a PNG (<see cref="SiteUrls.SharePicture"/>), the picture a shared link to its page shows.</summary>
    public OutputFile SharePictureFile(Pose pose) => new(_urls.OutputPath(_urls.SharePicture(pose.Id)),
        FigurePng.Paint(DrawingOf(pose, null) ?? throw new InvalidOperationException($"{pose.Id} has no figure"),
            _palette ??= FigurePalette.FromCss(_figureStyle)));

    /// <summary>The model of a routine's page and its print page: every step with every caution of its pose, whichever version it uses.</summary>
    internal RoutineView RoutineModel(Routine routine)
    {
        var url = _urls.Routine(routine.Id);
        var resolved = routine.Steps
            .Select((step, i) => (step, number: i + 1, pose: _site.Poses.GetValueOrDefault(step.PoseId)))
            .Where(s => s.pose is not null)
            .ToList();
        var steps = new List<StepView>();
        var props = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < resolved.Count; i++)
        {
            var (step, number, pose) = resolved[i];
            var variant = step.VariantId is null ? null : pose!.FindVariant(step.VariantId);
            foreach (var prop in variant?.Props ?? pose!.Props) props.Add(prop);
            var previous = i > 0 ? resolved[i - 1] : default;
            var next = i < resolved.Count - 1 ? resolved[i + 1] : default;
            steps.Add(new StepView(number, $"step-{number}", pose!.Title, _urls.Pose(pose.Id), variant?.Name,
                variant is null ? null : _urls.Pose(pose.Id) + "#" + variant.Id,
                Labels.Position(variant?.Position ?? pose.Position), Labels.Dose(step.Dose), Labels.Sides(step.Sides), step.Note,
                variant?.Cue ?? pose.Cue, [.. pose.Cautions.Count > 0 ? pose.Cautions : [_wording["safety_line"]], .. Precautions.Lines(new PoseVersion(pose, variant))],
                previous.pose is null ? null : $"#step-{previous.number}", next.pose is null ? null : $"#step-{next.number}")
            {
                Hold = step.Dose.Hold is { } h ? Labels.Hold(h) : null,
                Reps = step.Dose.Reps is { } r ? Labels.Reps(r) : null,
                PreviousTitle = previous.pose?.Title,
                NextTitle = next.pose?.Title,
                StepCount = resolved.Count,
                Sets = step.Dose.Sets > 1 ? $"{step.Dose.Sets} sets" : null,
                Rest = step.Dose.Sets > 1 && step.Dose.Rest is { } rest ? Labels.Hold(rest) : null,
                FigureHtml = StepFigure(pose, variant, number),
            });
        }
        var absolute = _urls.Absolute(url);
        return new RoutineView(routine.Id, routine.Title, routine.Summary, Labels.Capitalised(routine.Level), Labels.Capitalised(routine.Setting),
            routine.TotalMinutes, steps.Count, steps, SourceTitles(routine.Sources), url, _urls.RoutinePrint(routine.Id),
            absolute.Replace("https://", "").Replace("http://", ""), new Html(_qrCodes.GetOrAdd(absolute, QrCode.Svg)), _wording["safety_line"],
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], new Html(BodyHtml(routine.Body)))
        {
            Props = Labels.List(props.OrderBy(p => ControlledLists.Props.ToList().IndexOf(p)).Select(Labels.Capitalised)),
            PrecautionNotes = routine.PrecautionNotes
                .Select(n => new LinkItem(_site.PrecautionTags.TryGetValue(n.Tag, out var t) ? t.Title : n.Tag, _urls.Precaution(n.Tag)) { Summary = n.Note })
                .ToList(),
            HowOften = routine.HowOften is { } often ? Labels.HowOften(often) : _wording["routine.how_often_unset"],
            Progress = routine.Progress,
            StepBack = routine.StepBack,
            Stages = routine.Stages.Select(s => new StageView("Weeks " + s.Weeks.Replace("-", "–"), s.Plan)).ToList(),
            Weeks = TickWeeks(routine),
            PlayUrl = _urls.RoutinePlay(routine.Id),
        };
    }

    /// <summary>
    /// Rows of the printed tick grid: two weeks, or as many as a routine's stages run to (six for "weeks 5-6"), so that a
    /// programme over several weeks can be ticked to its end. At most twelve, which still fit the sheet.
    /// </summary>
    private static IReadOnlyList<string> TickWeeks(Routine routine)
    {
        var weeks = Math.Clamp(routine.Stages.Select(s => s.LastWeek ?? 0).DefaultIfEmpty(0).Max(), 2, 12);
        return Enumerable.Range(1, weeks).Select(w => $"Week {w}").ToList();
    }

    public OutputFile Routine(Routine routine)
    {
        var view = RoutineModel(routine);
        var crumbs = new[] { Home, new Crumb("Routines", _urls.Site(SiteUrls.RoutinesIndex)), new Crumb(routine.Title, view.Url) };
        var frame = Frame(routine.Title, routine.Summary, view.Url, "routine", crumbs, routine.Source,
            HowTo(routine.Title, routine.Summary, view.Url, view.Steps.Select(s => $"{s.PoseTitle}{(s.VariantName is null ? "" : $" ({s.VariantName})")}: {s.Dose}, {s.Sides.ToLowerInvariant()}").ToList(),
                routine.TotalMinutes), reviewed: routine.Reviewed) with { SearchHtml = new Html(SearchMarkup.ForRoutine(routine)) };
        return HtmlFile(view.Url, RenderPage("routine", frame, view));
    }

    public OutputFile RoutinePrint(Routine routine)
    {
        var view = RoutineModel(routine);
        var url = _urls.RoutinePrint(routine.Id);
        var crumbs = new[] { Home, new Crumb("Routines", _urls.Site(SiteUrls.RoutinesIndex)), new Crumb(routine.Title, view.Url), new Crumb("Print", url) };
        var frame = Frame($"{routine.Title} (printable)", routine.Summary, url, "print", crumbs, routine.Source, isPrint: true, reviewed: routine.Reviewed);
        return HtmlFile(url, RenderPage("routine-print", frame, view));
    }

    // ---- precaution tags ----

    /// <summary>
    /// A precaution tag's page: what it means (its body), then, from the pose data, the poses to leave out, the ones to
    /// change and the safer version to use, and the ones to do with care; one row per pose and level, naming the
    /// versions when not all of them share it.
    /// </summary>
    public OutputFile Precaution(PrecautionTag tag)
    {
        var url = _urls.Precaution(tag.Id);
        var rows = new Dictionary<string, List<PrecautionUseRow>>(StringComparer.Ordinal)
        {
            [PrecautionLevels.Avoid] = [], [PrecautionLevels.Modify] = [], [PrecautionLevels.TakeCare] = [],
        };
        foreach (var pose in _site.Poses.Values.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            var versions = pose.Variants.Prepend(null).Select(v => (Variant: v, Precaution: pose.PrecautionsOf(v).FirstOrDefault(p => p.Tag == tag.Id))).ToList();
            foreach (var group in versions.Where(v => v.Precaution is not null).GroupBy(v => v.Precaution!))
            {
                var p = group.Key;
                var others = versions.Where(v => v.Precaution != p).Select(v => v.Variant?.Name ?? $"{pose.Title} (main pose)").ToList();
                var names = others.Count == 0 ? "All versions"
                    : group.Any(v => v.Variant is null) ? "All versions except " + Labels.List(others, "")
                    : Labels.List(group.Select(v => v.Variant!.Name), "");
                var instead = p.Use is { } use ? _site.ResolveUse(pose, use) : null;
                var first = group.First().Variant;
                rows[p.Level].Add(new PrecautionUseRow(pose.Title, _urls.Pose(pose.Id) + (first is null || group.Count() == versions.Count ? "" : "#" + first.Id), names,
                    instead is null ? null : PrecautionLines.NameOf(pose, instead), instead is null ? null : Precautions.UrlOf(instead),
                    p.Level == PrecautionLevels.TakeCare ? Precautions.Line(pose, p) : null));
            }
        }
        var view = new PrecautionView(tag.Id, tag.Title, tag.Summary, tag.Caution, rows[PrecautionLevels.Avoid], rows[PrecautionLevels.Modify],
            rows[PrecautionLevels.TakeCare], new Html(BodyHtml(tag.Body)))
        {
            RoutineNotes = _site.Routines.Values.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal)
                .SelectMany(r => r.PrecautionNotes.Where(n => n.Tag == tag.Id).Select(n => new LinkItem(r.Title, _urls.Routine(r.Id)) { Summary = n.Note }))
                .ToList(),
        };
        var crumbs = new[] { Home, new Crumb(_wording["precautions_index.title"], _urls.Site(SiteUrls.PrecautionsIndex)), new Crumb(tag.Title, url) };
        return HtmlFile(url, RenderPage("precaution", Frame(tag.Title, tag.Summary, url, "precaution", crumbs, tag.Source)
            with { SearchHtml = new Html(SearchMarkup.ForPage()) }, view));
    }

    /// <summary>Whether the theme has the precaution page layout (<c>precaution</c>).</summary>
    public bool HasPrecautionPages => _templates.Has("precaution");

    /// <summary>The routine's player: each step with its figure (where the pose or version has one) and its dose as numbers for the script.</summary>
    public OutputFile RoutinePlay(Routine routine)
    {
        var routineView = RoutineModel(routine);
        var url = _urls.RoutinePlay(routine.Id);
        var resolved = routine.Steps.Where(s => _site.Poses.ContainsKey(s.PoseId)).ToList();
        var steps = routineView.Steps.Select((view, i) =>
        {
            var step = resolved[i];
            var pose = _site.Poses[step.PoseId];
            var variant = step.VariantId is null ? null : pose.FindVariant(step.VariantId);
            // The player shows the pose's figure for a version without one of its own (a picture to follow beats none).
            var figure = StepFigure(pose, variant, view.Number);
            if (figure.Value.Length == 0 && variant is not null) figure = Figure(pose, null, $"fig-step-{view.Number}", variant.Name);
            var hold = step.Dose.Hold;
            return new PlayStepView(view.Number, view.Id, view.StepCount, view.PoseTitle, view.PoseUrl, view.VariantName, view.Position,
                view.Dose, view.Sides, step.Sides, view.Note, view.Cue, view.Cautions,
                figure)
            {
                Hold = view.Hold,
                Reps = view.Reps,
                HoldSeconds = hold?.Seconds ?? 0,
                HoldBreaths = hold is { Unit: HoldUnit.Breaths } ? hold.High : 0,
                RepsMax = step.Dose.Reps?.Max ?? 0,
                Sets = step.Dose.Sets,
            };
        }).ToList();
        var view = new PlayerView(routine.Id, routine.Title, routine.Summary, routine.TotalMinutes, steps.Count, steps, routineView.Url,
            routineView.PrintUrl, _urls.Site(SiteUrls.SafetyPage), _wording["safety_line"], routineView.Days);
        var crumbs = new[] { Home, new Crumb("Routines", _urls.Site(SiteUrls.RoutinesIndex)), new Crumb(routine.Title, view.Url), new Crumb("Play", url) };
        var frame = Frame($"{routine.Title} (player)", routine.Summary, url, "play", crumbs, routine.Source);
        return HtmlFile(url, RenderPage("play", frame, view));
    }

    // ---- free pages, lists, finder, redirects ----

    public OutputFile FreePage(Page page)
    {
        var url = _urls.Page(page);
        var crumbs = page.IsHome ? Array.Empty<Crumb>() : [Home, new Crumb(page.Title, url)];
        var layout = page.Layout is { } l && _templates.Has(l) ? l : "page";
        return HtmlFile(url, RenderPage(layout, Frame(page.Title, page.Summary, url, "page", crumbs, page.Source, reviewed: page.Reviewed) with { SearchHtml = new Html(SearchMarkup.ForPage()) },
            new FreePageView(page.Title, page.Summary, new Html(BodyHtml(page.Body))) { IsHome = page.IsHome }));
    }

    public OutputFile List(string relativePath, ListView view, string description, Crumb? parent = null)
    {
        var url = _urls.Site(relativePath);
        var crumbs = parent is null ? new[] { Home, new Crumb(view.Title, url) } : [Home, parent, new Crumb(view.Title, url)];
        return HtmlFile(url, RenderPage("list", Frame(view.Title, description, url, "index", crumbs, null), view));
    }

    public OutputFile Finder(FinderView view, string description)
    {
        var url = _urls.Site(SiteUrls.VariantFinder);
        var crumbs = new[] { Home, new Crumb(view.Title, url) };
        return HtmlFile(url, RenderPage("finder", Frame(view.Title, description, url, "finder", crumbs, null), view));
    }

    /// <summary>Whether the theme has a search page (layout <c>search</c>, driven by Pagefind's own script).</summary>
    public bool HasSearchPage => _templates.Has("search");

    public OutputFile Search()
    {
        var url = _urls.Site(SiteUrls.SearchPage);
        var view = new SearchView("Search the guide", SearchMarkup.Filters
            .Select(f => new SearchFilterView(f.Name, f.Label, f.Values.Select(v => new FilterOption(v.Value, v.Label, 0)).ToList())).ToList());
        var frame = Frame(view.Title, "Search every pose, muscle group and routine by any of its names.", url, "search", [Home, new Crumb(view.Title, url)], null);
        return HtmlFile(url, RenderPage("search", frame, view));
    }

    /// <summary>Whether the theme has the handout builder (layout <c>handout</c>).</summary>
    public bool HasHandoutPage => _templates.Has("handout");

    /// <summary>The handout builder at <c>/handouts/new/</c>: the form and the sheet's frame; the steps are filled in by the browser from <c>/handouts/guide.json</c>.</summary>
    public OutputFile Handout()
    {
        var url = _urls.Site(HandoutData.PagePath);
        var view = new HandoutView("Handout builder",
            "Put together a printable home routine for one patient: pick the poses, the version of each, how long and how often. Then print it or share its link.",
            _urls.Site(HandoutData.DataPath),
            _site.Routines.Values.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal)
                .Select(r => new LinkItem(r.Title, _urls.Routine(r.Id), r.Id)).ToList(),
            _wording["safety_line"], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], ["Week 1", "Week 2"])
        {
            Conditions = ControlledLists.Precautions.Where(_site.PrecautionTags.ContainsKey)
                .Select(t => new LinkItem(_site.PrecautionTags[t].Title, _urls.Precaution(t), t)).ToList(),
            HowOftenUnset = _wording["routine.how_often_unset"],
            Progress = _wording["handout.progress"],
            StepBack = _wording["handout.step_back"],
        };
        var frame = Frame(view.Title, "Build a printable home routine for a patient from the guide's poses, and share it by a link that stores nothing.",
            url, "handout", [Home, new Crumb(view.Title, url)], null);
        return HtmlFile(url, RenderPage("handout", frame, view));
    }

    public OutputFile NotFound()
    {
        var frame = Frame("Page not found", "The page you asked for is not here.", _urls.Site(SiteUrls.NotFoundPage), "404",
            [Home, new Crumb("Page not found", _urls.Site(SiteUrls.NotFoundPage))], null);
        return new OutputFile(SiteUrls.NotFoundPage, RenderPage("404", frame, new FreePageView("Page not found", "", Html.Empty)));
    }

    public OutputFile Redirect(string fromPath, string targetUrl, string targetTitle)
    {
        var frame = Frame($"Moved: {targetTitle}", $"This page has moved to {targetTitle}.", targetUrl, "redirect", [], null);
        var relative = fromPath.TrimStart('/');
        var path = relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative.EndsWith(".html") ? relative : relative + "/index.html";
        return new OutputFile(path, _templates.RenderUtf8("redirect", new PageModel(frame, new RedirectView(targetUrl, targetTitle))));
    }

    // ---- helpers ----

    /// <summary>The sources a page cites: the title, linked when the source has an address, with its publisher and date.</summary>
    private IReadOnlyList<LinkItem> SourceTitles(IEnumerable<string> ids) =>
        ids.Select(id => _site.Content.SourceArticles.FirstOrDefault(s => s.Id == id) is { } s
            ? new LinkItem(s.Title, s.Url ?? "", s.Publisher is null ? null : s.Published is null ? s.Publisher : $"{s.Publisher}, {s.Published}")
            : new LinkItem(id, "")).ToList();

    private OutputFile HtmlFile(string sitePath, byte[] html) => new(_urls.OutputPath(sitePath), html);

    /// <summary>
    /// The page's schema.org HowTo as JSON, written directly rather than serialised from a dictionary (no reflection,
    /// fewer allocations). The default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so text cannot close the script element.
    /// </summary>
    private string HowTo(string name, string description, string url, IReadOnlyList<string> steps, int? minutes = null)
    {
        // The writer and its buffer are reused: made afresh, they cost more than the text they write.
        var writer = PerThread<JsonWriter>.Take(() => new JsonWriter());
        var (buffer, json) = (writer.Buffer, writer.Json);
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "HowTo");
        json.WriteString("name", name);
        json.WriteString("description", description);
        json.WriteString("url", _urls.Absolute(url));
        json.WriteStartArray("step");
        for (var i = 0; i < steps.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("@type", "HowToStep");
            json.WriteNumber("position", i + 1);
            json.WriteString("text", steps[i]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (minutes is { } m) json.WriteString("totalTime", $"PT{m}M");
        json.WriteEndObject();
        json.Flush();
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        PerThread<JsonWriter>.Return(writer);
        return text;
    }

    private sealed class JsonWriter
    {
        public readonly System.Buffers.ArrayBufferWriter<byte> Buffer = new(4096);
        public readonly Utf8JsonWriter Json;
        public JsonWriter() => Json = new Utf8JsonWriter(Buffer);
    }
}
