using System.Text;
using System.Text.Json;
using HipMobility.Content;
using HipMobility.Markdown;
using HipMobility.Pipeline;
using HipMobility.Schema;
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
    private readonly SiteOptions _options;

    public PageRenderer(LinkedSite site, TemplateSet templates, SiteOptions options)
    {
        (_site, _urls, _templates, _options) = (site, site.Urls, templates, options);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    public string BodyHtml(ContentBody body) => body.Document.ToHtml(GuideMarkdown.Pipeline);

    // ---- frame ----

    private PageFrame Frame(string title, string description, string sitePath, string pageType, IReadOnlyList<Crumb> crumbs,
        ContentSource? source, object? jsonLd = null, bool isPrint = false)
    {
        var nav = new (string Title, string Url)[]
        {
            ("Poses", _urls.Site("poses/")), ("Muscles", _urls.Site("muscles/")), ("Routines", _urls.Site("routines/")),
            ("Variant finder", _urls.Site("variants/")), ("Safety", _urls.Site("safety/")),
        };
        var jsonLdHtml = jsonLd is null ? "" :
            "<script type=\"application/ld+json\">" + JsonSerializer.Serialize(jsonLd, JsonOptions) + "</script>";
        return new PageFrame(title, sitePath == _urls.Home ? title : $"{title} · HipMobility", description, _urls.Absolute(sitePath),
            _urls.BasePath, pageType, jsonLdHtml, crumbs,
            nav.Select(n => new NavLink(n.Title, n.Url, sitePath.StartsWith(n.Url, StringComparison.Ordinal))).ToList(),
            source is null || _options.EditUrlBase is null ? null : _options.EditUrlBase.TrimEnd('/') + "/" + source.RelativePath,
            isPrint, _urls.Site("search/"));
    }

    private Crumb Home => new("Home", _urls.Home);

    private string RenderPage(string layout, PageFrame frame, object model)
    {
        var content = _templates.Render(layout, new PageModel(frame, model));
        return _templates.Render("base", new PageModel(frame, model) { ContentHtml = content });
    }

    // ---- poses ----

    public OutputFile Pose(Pose pose)
    {
        var url = _urls.Pose(pose.Id);
        var roles = RoleGroups(pose.Muscles.All().Where(m => _site.Muscles.ContainsKey(m.MuscleId))
            .Select(m => (m.Role, Item: new LinkItem(_site.Muscles[m.MuscleId].Title, _urls.Muscle(m.MuscleId)))));
        var view = new PoseView(
            pose.Id, pose.Title, pose.Sanskrit, pose.Aliases, pose.Summary, pose.Cue,
            Labels.Position(pose.Position), Labels.List(pose.Positions().Select(Labels.Position)),
            pose.Intensity, Labels.List(pose.Props), pose.Dose.Text, Labels.Sides(pose.Sides),
            Labels.List(pose.Movements.Select(Labels.Capitalised)), pose.Cautions,
            pose.Variants.Select(v => Variant(pose, v)).ToList(), roles,
            _site.RoutinesUsing(pose.Id).Select(u => new RoutineRef(u.Routine.Title, _urls.Routine(u.Routine.Id) + "#step-" + u.StepNumber, u.StepNumber)).ToList(),
            _site.RelatedTo(pose.Id).Select(p => new LinkItem(p.Title, _urls.Pose(p.Id), p.Summary)).ToList(),
            SourceTitles(pose.Sources), PoseBodyMap(pose), BodyHtml(pose.Body));
        var crumbs = new[] { Home, new Crumb("Poses", _urls.Site("poses/")), new Crumb(pose.Title, url) };
        var frame = Frame(pose.Title, pose.Summary, url, "pose", crumbs, pose.Source, HowTo(pose.Title, pose.Summary, url,
            StepTexts(pose.Body)));
        return Html(url, RenderPage("pose", frame, view));
    }

    private VariantRow Variant(Pose pose, PoseVariant v) =>
        new(v.Id, v.Name, Labels.Position(v.Position), v.Intensity, Labels.List(v.Props), v.Cue, _urls.Pose(pose.Id) + "#" + v.Id);

    private static IReadOnlyList<RoleGroup> RoleGroups(IEnumerable<(MuscleRole Role, LinkItem Item)> items)
    {
        var byRole = items.ToLookup(i => i.Role, i => i.Item);
        return Enum.GetValues<MuscleRole>()
            .Where(r => byRole[r].Any())
            .Select(r => new RoleGroup(r.ToString().ToLowerInvariant(), r.ToString(), byRole[r].ToList()))
            .ToList();
    }

    private BodyMapView PoseBodyMap(Pose pose)
    {
        var regions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        // Stretched wins over the others where a region is shared, then strengthened, then stabilising.
        foreach (var (role, muscleId) in pose.Muscles.All().OrderByDescending(m => m.Role))
        {
            if (!_site.Muscles.TryGetValue(muscleId, out var muscle)) continue;
            foreach (var region in muscle.BodyMap) regions[region] = "is-" + role.ToString().ToLowerInvariant();
        }
        var legend = pose.Muscles.All().Select(m => m.Role).Distinct().Order()
            .Select(r => new LinkItem(r.ToString(), "", "is-" + r.ToString().ToLowerInvariant())).ToList();
        return new BodyMapView($"Body map: muscles {pose.Title} works, shaded by role", regions, legend);
    }

    // ---- muscles ----

    public OutputFile Muscle(MuscleGroup muscle)
    {
        var url = _urls.Muscle(muscle.Id);
        var groups = RoleGroups(_site.UsesOf(muscle.Id).Select(u => (u.Role,
            new LinkItem(u.Pose.Title, _urls.Pose(u.Pose.Id), $"{Labels.Position(u.Pose.Position)} · {u.Pose.Intensity}"))));
        var regions = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in muscle.BodyMap) regions[r] = "is-highlight";
        var view = new MuscleView(muscle.Id, muscle.Title, muscle.Latin, muscle.Aliases, muscle.Summary, Labels.Capitalised(muscle.Region),
            groups, new BodyMapView($"Body map: where the {muscle.Title.ToLowerInvariant()} are", regions, []), BodyHtml(muscle.Body));
        var crumbs = new[] { Home, new Crumb("Muscles", _urls.Site("muscles/")), new Crumb(muscle.Title, url) };
        return Html(url, RenderPage("muscle", Frame(muscle.Title, muscle.Summary, url, "muscle", crumbs, muscle.Source), view));
    }

    // ---- routines ----

    private RoutineView RoutineModel(Routine routine)
    {
        var url = _urls.Routine(routine.Id);
        var steps = new List<StepView>();
        for (var i = 0; i < routine.Steps.Count; i++)
        {
            var step = routine.Steps[i];
            if (!_site.Poses.TryGetValue(step.PoseId, out var pose)) continue;
            var variant = step.VariantId is null ? null : pose.FindVariant(step.VariantId);
            steps.Add(new StepView(i + 1, $"step-{i + 1}", pose.Title, _urls.Pose(pose.Id), variant?.Name,
                variant is null ? null : _urls.Pose(pose.Id) + "#" + variant.Id,
                Labels.Position(variant?.Position ?? pose.Position), step.Dose.Text, Labels.Sides(step.Sides), step.Note,
                variant?.Cue ?? pose.Cue, pose.Cautions.Count > 0 ? pose.Cautions[0] : SiteOptions.SafetyLine,
                i > 0 ? $"#step-{i}" : null, i < routine.Steps.Count - 1 ? $"#step-{i + 2}" : null));
        }
        var absolute = _urls.Absolute(url);
        return new RoutineView(routine.Id, routine.Title, routine.Summary, Labels.Capitalised(routine.Level), Labels.Capitalised(routine.Setting),
            routine.TotalMinutes, steps.Count, steps, SourceTitles(routine.Sources), url, _urls.RoutinePrint(routine.Id),
            absolute.Replace("https://", "").Replace("http://", ""), QrCode.Svg(absolute), SiteOptions.SafetyLine,
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], BodyHtml(routine.Body));
    }

    public OutputFile Routine(Routine routine)
    {
        var view = RoutineModel(routine);
        var crumbs = new[] { Home, new Crumb("Routines", _urls.Site("routines/")), new Crumb(routine.Title, view.Url) };
        var frame = Frame(routine.Title, routine.Summary, view.Url, "routine", crumbs, routine.Source,
            HowTo(routine.Title, routine.Summary, view.Url, view.Steps.Select(s => $"{s.PoseTitle}{(s.VariantName is null ? "" : $" ({s.VariantName})")}: {s.Dose}, {s.Sides.ToLowerInvariant()}").ToList(),
                routine.TotalMinutes));
        return Html(view.Url, RenderPage("routine", frame, view));
    }

    public OutputFile RoutinePrint(Routine routine)
    {
        var view = RoutineModel(routine);
        var url = _urls.RoutinePrint(routine.Id);
        var crumbs = new[] { Home, new Crumb("Routines", _urls.Site("routines/")), new Crumb(routine.Title, view.Url), new Crumb("Print", url) };
        var frame = Frame($"{routine.Title} (printable)", routine.Summary, url, "print", crumbs, routine.Source, isPrint: true);
        return Html(url, RenderPage("routine-print", frame, view));
    }

    // ---- free pages, lists, finder, redirects ----

    public OutputFile FreePage(Page page)
    {
        var url = _urls.Page(page);
        var crumbs = page.IsHome ? Array.Empty<Crumb>() : [Home, new Crumb(page.Title, url)];
        var layout = page.Layout is { } l && _templates.Has(l) ? l : "page";
        return Html(url, RenderPage(layout, Frame(page.Title, page.Summary, url, "page", crumbs, page.Source),
            new FreePageView(page.Title, page.Summary, BodyHtml(page.Body))));
    }

    public OutputFile List(string relativePath, ListView view, string description)
    {
        var url = _urls.Site(relativePath);
        var crumbs = new[] { Home, new Crumb(view.Title, url) };
        return Html(url, RenderPage("list", Frame(view.Title, description, url, "index", crumbs, null), view));
    }

    public OutputFile Finder(FinderView view, string description)
    {
        var url = _urls.Site("variants/");
        var crumbs = new[] { Home, new Crumb(view.Title, url) };
        return Html(url, RenderPage("finder", Frame(view.Title, description, url, "index", crumbs, null), view));
    }

    public OutputFile NotFound()
    {
        var frame = Frame("Page not found", "The page you asked for is not here.", _urls.Site("404.html"), "404", [Home], null);
        return new OutputFile("404.html", Encoding.UTF8.GetBytes(RenderPage("404", frame, new FreePageView("Page not found", "", ""))));
    }

    public OutputFile Redirect(string fromPath, string targetUrl, string targetTitle)
    {
        var frame = Frame($"Moved: {targetTitle}", $"This page has moved to {targetTitle}.", targetUrl, "redirect", [], null);
        var relative = fromPath.TrimStart('/');
        var path = relative.EndsWith('/') || relative.Length == 0 ? relative + "index.html" : relative.EndsWith(".html") ? relative : relative + "/index.html";
        return new OutputFile(path, Encoding.UTF8.GetBytes(_templates.Render("redirect", new PageModel(frame, new RedirectView(targetUrl, targetTitle)))));
    }

    // ---- helpers ----

    private IReadOnlyList<string> SourceTitles(IEnumerable<string> ids) =>
        ids.Select(id => _site.Content.SourceArticles.FirstOrDefault(s => s.Id == id)?.Title ?? id).ToList();

    private OutputFile Html(string sitePath, string html) => new(_urls.OutputPath(sitePath), Encoding.UTF8.GetBytes(html));

    /// <summary>The text of each item of the body's first ordered list: a pose's steps.</summary>
    private static IReadOnlyList<string> StepTexts(ContentBody body)
    {
        var list = body.Document.Descendants<Markdig.Syntax.ListBlock>().FirstOrDefault(l => l.IsOrdered);
        if (list is null) return [];
        return list.OfType<ListItemBlock>()
            .Select(item => string.Join(" ", item.Descendants<ParagraphBlock>().Select(p => InlineText(p.Inline)).Where(t => t.Length > 0)))
            .Where(t => t.Length > 0).ToList();
    }

    /// <summary>The plain text of a paragraph's inlines (cross-links as their label).</summary>
    private static string InlineText(Markdig.Syntax.Inlines.ContainerInline? inline)
    {
        if (inline is null) return "";
        var text = new StringBuilder();
        foreach (var node in inline.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            switch (node)
            {
                case Markdig.Syntax.Inlines.LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case Markdig.Syntax.Inlines.CodeInline code: text.Append(code.Content); break;
                case Markdown.CrossLinks.CrossLinkInline link: text.Append(link.Label ?? link.ResolvedTitle ?? link.TargetId); break;
                case Markdig.Syntax.Inlines.LineBreakInline: text.Append(' '); break;
            }
        }
        return text.ToString().Trim();
    }

    private object HowTo(string name, string description, string url, IReadOnlyList<string> steps, int? minutes = null)
    {
        var data = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "HowTo",
            ["name"] = name,
            ["description"] = description,
            ["url"] = _urls.Absolute(url),
            ["step"] = steps.Select((s, i) => new Dictionary<string, object> { ["@type"] = "HowToStep", ["position"] = i + 1, ["text"] = s }).ToList(),
        };
        if (minutes is { } m) data["totalTime"] = $"PT{m}M";
        return data;
    }

    public static IReadOnlyList<string> PropsList => ControlledLists.Props;
}
