using HipMobility.Content;
using HipMobility.Schema;

namespace HipMobility.Rendering;

/// <summary>The generated index pages: poses A–Z, by position, by muscle; routines; muscles; the variant finder; the handout builder and its data.</summary>
public static class IndexPages
{
    /// <summary>Each index page's output path (known before it renders, so an update that skips it still lists it) and its rendering.</summary>
    public static IEnumerable<(string Path, Func<OutputFile> Render)> Jobs(LinkedSite site, PageRenderer renderer)
    {
        var urls = site.Urls;
        (string, Func<OutputFile>) At(string sitePath, Func<OutputFile> render) => (urls.OutputPath(urls.Site(sitePath)), render);
        var words = renderer.Wording;
        var poses = site.Poses.Values.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        string PoseMeta(Pose p) => $"{Labels.Position(p.Position)} · {Labels.Capitalised(p.Intensity)}";
        LinkItem PoseItem(Pose p) => new(p.Title, urls.Pose(p.Id), PoseMeta(p)) { Summary = p.Summary, Figure = renderer.CardFigure(p) };
        var offFloor = ControlledLists.OffTheFloorPositions;
        var posesCrumb = new Crumb("Poses", urls.Site(SiteUrls.PosesIndex));

        IReadOnlyList<NavLink> PoseViews(string current) =>
        [
            .. new (string Title, string Path)[]
            {
                (words["pose_views.a_to_z"], SiteUrls.PosesIndex), (words["pose_views.by_position"], SiteUrls.PosesByPosition),
                (words["pose_views.by_muscle"], SiteUrls.PosesByMuscle), (words["pose_views.finder"], SiteUrls.VariantFinder),
            }
                .Select(v => new NavLink(v.Title, urls.Site(v.Path), v.Path == current)),
        ];

        yield return At(SiteUrls.PosesIndex, () => renderer.List(SiteUrls.PosesIndex, new ListView(words["poses_index.title"],
            words.Format("poses_index.intro", ("count", poses.Count)),
            poses.GroupBy(p => char.ToUpperInvariant(p.Title[0]).ToString())
                .Select(g => new ListGroup("letter-" + g.Key.ToLowerInvariant(), g.Key, null, g.Select(PoseItem).ToList())).ToList(),
            null) { Views = PoseViews(SiteUrls.PosesIndex), Jump = true, Style = "cards" }, words["poses_index.description"]));

        // A pose whose own position differs links straight to its first variant in the position asked for.
        LinkItem PositionItem(Pose p, string position)
        {
            if (p.Position == position) return new LinkItem(p.Title, urls.Pose(p.Id), Labels.Capitalised(p.Intensity)) { Summary = p.Summary, Figure = renderer.CardFigure(p) };
            var v = p.Variants.First(v => v.Position == position);
            return new LinkItem(p.Title, urls.Pose(p.Id) + "#" + v.Id, Labels.Capitalised(v.Intensity)) { Tag = v.Name, Summary = v.Cue, Figure = renderer.CardFigure(p, v) };
        }
        // Built when the page renders, not when the build plans it: a card draws its pose's figure, and an edit in
        // serve that leaves this page alone should not draw every figure again.
        yield return At(SiteUrls.PosesByPosition, () =>
        {
            var positionGroups = ControlledLists.Positions
                .OrderBy(p => offFloor.Contains(p) ? offFloor.ToList().IndexOf(p) : offFloor.Count)
                .Select(position => new ListGroup(position, Labels.Position(position),
                    offFloor.Contains(position) ? words["poses_by_position.off_floor_group"] : null,
                    poses.Where(p => p.Positions().Contains(position)).Select(p => PositionItem(p, position)).ToList()) { Featured = offFloor.Contains(position) })
                .Where(g => g.Items.Count > 0).ToList();
            return renderer.List(SiteUrls.PosesByPosition, new ListView(words["poses_by_position.title"], words["poses_by_position.intro"],
                positionGroups, null)
            {
                Views = PoseViews(SiteUrls.PosesByPosition), Jump = true, Style = "cards",
                Callout = new ListCallout(words["poses_by_position.callout_heading"], words["poses_by_position.callout_text"],
                    positionGroups.Where(g => g.Featured).Select(g => new LinkItem(g.Heading, "#" + g.Id, words.Format("poses_by_position.callout_count", ("count", g.Items.Count)))).ToList()),
            }, words["poses_by_position.description"], posesCrumb);
        });

        yield return At(SiteUrls.PosesByMuscle, () => renderer.List(SiteUrls.PosesByMuscle, new ListView(words["poses_by_muscle.title"], words["poses_by_muscle.intro"],
            site.Muscles.Values.OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase)
                .Select(m => new ListGroup(m.Id, m.Title, m.Summary,
                    site.UsesOf(m.Id).OrderBy(u => u.Role).ThenBy(u => u.Pose.Title, StringComparer.OrdinalIgnoreCase)
                        .Select(u => new LinkItem(u.Pose.Title, urls.Pose(u.Pose.Id), Labels.RoleVerb(u.Role)) { Tag = u.Role.ToString().ToLowerInvariant() }).ToList())
                { HeadingUrl = urls.Muscle(m.Id) })
                .ToList(),
            null) { Views = PoseViews(SiteUrls.PosesByMuscle), Jump = true }, words["poses_by_muscle.description"], posesCrumb));

        bool OffTheFloor(Routine r) => r.Steps.All(s => site.Poses.TryGetValue(s.PoseId, out var p)
            && offFloor.Contains((s.VariantId is null ? null : p.FindVariant(s.VariantId))?.Position ?? p.Position));
        LinkItem RoutineItem(Routine r) => new(r.Title, urls.Routine(r.Id),
            words.Format("routines_index.item_meta", ("minutes", r.TotalMinutes), ("steps", r.Steps.Count),
                ("setting", Labels.Capitalised(r.Setting)), ("level", Labels.Capitalised(r.Level))))
            { Summary = r.Summary, SecondaryTitle = words["routines_index.print_link"], SecondaryUrl = urls.RoutinePrint(r.Id) };
        var routines = site.Routines.Values.OrderBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        yield return At(SiteUrls.RoutinesIndex, () => renderer.List(SiteUrls.RoutinesIndex, new ListView(words["routines_index.title"], words["routines_index.intro"],
            new[]
            {
                new ListGroup("off-the-floor", words["routines_index.off_floor_heading"], words["routines_index.off_floor_intro"],
                    routines.Where(OffTheFloor).Select(RoutineItem).ToList()) { Featured = true },
                new ListGroup("on-the-floor", words["routines_index.floor_heading"], words["routines_index.floor_intro"],
                    routines.Where(r => !OffTheFloor(r)).Select(RoutineItem).ToList()),
            }.Where(g => g.Items.Count > 0).ToList(),
            null) { Style = "routines" }, words["routines_index.description"]));

        // Each region of the clickable map opens the muscle group it belongs to most: the one that lists it first.
        var muscles = site.Muscles.Values.OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var regionLinks = new SortedDictionary<string, BodyMapLink>(StringComparer.Ordinal);
        var regionGroups = new List<ListGroup>();
        foreach (var region in ControlledLists.BodyMapRegions)
        {
            var inRegion = site.Muscles.Values.Where(m => m.BodyMap.Contains(region)).ToList();
            if (inRegion.Count == 0) continue;
            var primary = inRegion.OrderBy(m => m.BodyMap.ToList().IndexOf(region)).ThenBy(m => m.Id, StringComparer.Ordinal).First();
            regionLinks[region] = new BodyMapLink(urls.Muscle(primary.Id), $"{Labels.BodyRegion(region)}: {primary.Title}");
            regionGroups.Add(new ListGroup("region-" + region, Labels.BodyRegion(region), null,
                inRegion.OrderBy(m => m == primary ? 0 : 1).ThenBy(m => m.Title, StringComparer.OrdinalIgnoreCase)
                    .Select(m => new LinkItem(m.Title, urls.Muscle(m.Id))).ToList()));
        }
        var regionOrder = ControlledLists.Regions.ToList();
        yield return At(SiteUrls.MusclesIndex, () => renderer.List(SiteUrls.MusclesIndex, new ListView(words["muscles_index.title"], words["muscles_index.intro"],
            muscles.GroupBy(m => m.Region).OrderBy(g => regionOrder.IndexOf(g.Key))
                .Select(g => new ListGroup("muscles-" + g.Key, words["muscles_index.region_" + g.Key], null,
                    g.Select(m => new LinkItem(m.Title, urls.Muscle(m.Id), m.Latin) { Summary = m.Summary }).ToList()))
                .ToList(),
            new BodyMapView(words["muscles_index.body_map_label"],
                new SortedDictionary<string, string>(StringComparer.Ordinal), []) { Links = regionLinks })
        {
            Style = "cards", Regions = regionGroups,
        }, words["muscles_index.description"]));

        yield return At(SiteUrls.VariantFinder, () =>
        {
            var rows = poses.SelectMany(p => p.Variants.Select(v => new FinderRow(p.Title, urls.Pose(p.Id), v.Name, urls.Pose(p.Id) + "#" + v.Id,
                v.Position, Labels.Position(v.Position), v.Intensity, string.Join(" ", v.Props), Labels.List(v.Props.Select(Labels.Capitalised)), v.Cue)
                {
                    IntensityLabel = Labels.Capitalised(v.Intensity),
                    NotFor = string.Join(" ", p.PrecautionsOf(v).Where(x => x.KeepsFrom).Select(x => x.Tag)),
                })).ToList();
            FilterOption Position(string p) => new(p, Labels.Position(p), rows.Count(r => r.Position == p));
            return renderer.Finder(new FinderView(words["finder.title"], words["finder.intro"],
                rows,
                ControlledLists.Positions.Select(p => new LinkItem(Labels.Position(p), "", p)).ToList(),
                ControlledLists.Intensities, ControlledLists.Props)
            {
                OffFloorOptions = offFloor.Select(Position).Where(o => o.Count > 0).ToList(),
                FloorOptions = ControlledLists.Positions.Where(p => !offFloor.Contains(p)).Select(Position).Where(o => o.Count > 0).ToList(),
                IntensityOptions = ControlledLists.Intensities.Select(i => new FilterOption(i, Labels.Capitalised(i), rows.Count(r => r.Intensity == i))).ToList(),
                PropOptions = ControlledLists.Props.Select(p => new FilterOption(p, Labels.Capitalised(p), rows.Count(r => r.Props.Split(' ').Contains(p))))
                    .Where(o => o.Count > 0).Prepend(new FilterOption("none", words["finder.no_props"], rows.Count(r => r.Props.Length == 0))).ToList(),
                Views = PoseViews(SiteUrls.VariantFinder),
                ConditionOptions = ControlledLists.Precautions.Where(site.PrecautionTags.ContainsKey)
                    .Select(t => new FilterOption(t, site.PrecautionTags[t].Title, rows.Count(r => !r.NotFor.Split(' ').Contains(t)))).ToList(),
            }, words["finder.description"]);
        });

        if (renderer.HasPrecautionPages)
        {
            var tags = site.PrecautionTags.Values.OrderBy(t => Schema.ControlledLists.Precautions.ToList().IndexOf(t.Id)).ToList();
            // How many poses have a version to leave out, to change, or to do with care, for the condition.
            string Counts(PrecautionTag t)
            {
                var levels = site.Poses.Values.Select(p => p.Variants.Prepend(null)
                    .Select(v => p.PrecautionsOf(v).FirstOrDefault(x => x.Tag == t.Id)?.Level).OfType<string>().ToHashSet()).ToList();
                return words.Format("precautions_index.item_meta", ("avoid", levels.Count(l => l.Contains(PrecautionLevels.Avoid))),
                    ("modify", levels.Count(l => l.Contains(PrecautionLevels.Modify))), ("take_care", levels.Count(l => l.Contains(PrecautionLevels.TakeCare))));
            }
            yield return At(SiteUrls.PrecautionsIndex, () => renderer.List(SiteUrls.PrecautionsIndex, new ListView(words["precautions_index.title"], words["precautions_index.intro"],
                [new ListGroup("conditions", words["precautions_index.group_heading"], null,
                    tags.Select(t => new LinkItem(t.Title, urls.Precaution(t.Id), Counts(t)) { Summary = t.Caution }).ToList())],
                null) { Style = "cards" }, words["precautions_index.description"]));
        }

        if (renderer.HasSearchPage) yield return At(SiteUrls.SearchPage, renderer.Search);
        if (renderer.HasHandoutPage)
        {
            yield return At(SiteUrls.HandoutBuilder, renderer.Handout);
            yield return At(SiteUrls.HandoutData, () => HandoutData.File(site, renderer.Precautions));
        }
    }
}
