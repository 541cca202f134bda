namespace HipMobility.Rendering;

// View models handed to the Handlebars templates: plain data, already ordered, already escaped where marked *Html.
// Keys (position, intensity, role, region ids) are kept next to their human labels (*Label) so templates can use
// the key for CSS classes and data attributes and the label for text.

public sealed record LinkItem(string Title, string Url, string? Meta = null)
{
    /// <summary>A sentence shown under the link (a pose's or routine's summary).</summary>
    public string? Summary { get; init; }

    /// <summary>A short highlighted label, e.g. the variant a by-position link goes to.</summary>
    public string? Tag { get; init; }

    /// <summary>A second link shown with the item, e.g. a routine's printable page.</summary>
    public string? SecondaryTitle { get; init; }
    public string? SecondaryUrl { get; init; }
}

public sealed record Crumb(string Title, string Url);

public sealed record NavLink(string Title, string Url, bool Current);

/// <summary>What every page has: head metadata, navigation, breadcrumbs. <c>base.hbs</c> renders it.</summary>
public sealed record PageFrame(
    string Title,
    string FullTitle,
    string Description,
    string Canonical,
    string BasePath,
    string PageType,
    string JsonLdHtml,
    IReadOnlyList<Crumb> Breadcrumbs,
    IReadOnlyList<NavLink> Nav,
    string? EditUrl,
    bool IsPrint,
    string SearchUrl)
{
    /// <summary>The canonical URL without the scheme, printed at the top of paper copies.</summary>
    public string PrintedUrl => Canonical.Replace("https://", "").Replace("http://", "");

    /// <summary>Hidden Pagefind markup (filters, extra names) placed inside the indexed article; see <see cref="SearchMarkup"/>.</summary>
    public string SearchHtml { get; init; } = "";
}

public sealed record VariantRow(string Id, string Name, string Position, string Intensity, string Props, string Cue, string Url)
{
    public string PositionKey { get; init; } = "";
    public string IntensityLabel { get; init; } = "";
    public int Rank { get; init; }
}

/// <summary>One muscle role on a pose page; <see cref="Role"/> is the CSS key (stretched, strengthened, stabilising).</summary>
public sealed record RoleGroup(string Role, string Heading, IReadOnlyList<LinkItem> Items)
{
    public string? Intro { get; init; }
}

public sealed record RoutineRef(string Title, string Url, int StepNumber)
{
    public int StepCount { get; init; }
}

/// <summary>A region of the clickable body map: where it links and what the link is called.</summary>
public sealed record BodyMapLink(string Url, string Label);

/// <summary>
/// The inline SVG body diagram. <see cref="Regions"/> maps a body_map region id to the CSS class that shades it
/// (is-stretched, is-strengthened, is-stabilising, is-highlight). <see cref="Links"/>, set only on the muscles index,
/// maps a region id to the muscle page it opens; the theme then draws the clickable version.
/// </summary>
public sealed record BodyMapView(string Label, IReadOnlyDictionary<string, string> Regions, IReadOnlyList<LinkItem> Legend)
{
    public IReadOnlyDictionary<string, BodyMapLink>? Links { get; init; }
}

public sealed record PoseView(
    string Id,
    string Title,
    string? Sanskrit,
    IReadOnlyList<string> Aliases,
    string Summary,
    string Cue,
    string Position,
    string Positions,
    string Intensity,
    string Props,
    string Dose,
    string Sides,
    string Movements,
    IReadOnlyList<string> Cautions,
    IReadOnlyList<VariantRow> Variants,
    IReadOnlyList<RoleGroup> MusclesByRole,
    IReadOnlyList<RoutineRef> Routines,
    IReadOnlyList<LinkItem> Related,
    IReadOnlyList<string> Sources,
    BodyMapView BodyMap,
    string BodyHtml)
{
    public string IntensityLabel { get; init; } = "";
    public string? Hold { get; init; }
    public string? Reps { get; init; }
    /// <summary>Positions other than the main one that a variant offers, e.g. "Seated in a chair, Standing".</summary>
    public string? OtherPositions { get; init; }
}

/// <summary>A pose that works a muscle, as listed on the muscle page.</summary>
public sealed record PoseUseRow(string Title, string Url, string Position, string Intensity, string IntensityLabel, string? OtherPositions);

public sealed record PoseUseGroup(string Role, string Heading, IReadOnlyList<PoseUseRow> Rows);

public sealed record MuscleView(
    string Id,
    string Title,
    string? Latin,
    IReadOnlyList<string> Aliases,
    string Summary,
    string Region,
    IReadOnlyList<PoseUseGroup> PosesByRole,
    BodyMapView BodyMap,
    string BodyHtml)
{
    /// <summary>Where on the body the group sits, in words: "Front of the hip and lower back".</summary>
    public string Where { get; init; } = "";
    public int PoseCount { get; init; }
    /// <summary>The title for use mid-sentence: "Hip flexors" → "hip flexors".</summary>
    public string LowerTitle => Title.Length > 1 && char.IsLower(Title[1]) ? char.ToLowerInvariant(Title[0]) + Title[1..] : Title;
}

public sealed record StepView(
    int Number,
    string Id,
    string PoseTitle,
    string PoseUrl,
    string? VariantName,
    string? VariantUrl,
    string Position,
    string Dose,
    string Sides,
    string? Note,
    string Cue,
    string Caution,
    string? PreviousUrl,
    string? NextUrl)
{
    public string? Hold { get; init; }
    public string? Reps { get; init; }
    public string? PreviousTitle { get; init; }
    public string? NextTitle { get; init; }
    public int StepCount { get; init; }
}

public sealed record RoutineView(
    string Id,
    string Title,
    string Summary,
    string Level,
    string Setting,
    int TotalMinutes,
    int StepCount,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<string> Sources,
    string Url,
    string PrintUrl,
    string PrintedUrl,
    string QrSvgHtml,
    string SafetyLine,
    IReadOnlyList<string> Days,
    string BodyHtml)
{
    /// <summary>Rows of the printed tick grid ("Week 1", "Week 2").</summary>
    public IReadOnlyList<string> Weeks { get; init; } = ["Week 1", "Week 2"];
    /// <summary>Many steps: the printed sheet uses tighter type so it still fits on two pages.</summary>
    public bool IsLong => StepCount > 8;
    /// <summary>Props the whole routine needs, e.g. "Block, Strap" or "None".</summary>
    public string Props { get; init; } = "None";
}

public sealed record FreePageView(string Title, string Summary, string BodyHtml)
{
    public bool IsHome { get; init; }
}

public sealed record ListGroup(string Id, string Heading, string? Intro, IReadOnlyList<LinkItem> Items)
{
    /// <summary>Shown first and marked out, e.g. the positions that need no floor.</summary>
    public bool Featured { get; init; }
    /// <summary>Where the group's heading links, e.g. the muscle page on the poses-by-muscle list.</summary>
    public string? HeadingUrl { get; init; }
}

public sealed record ListView(string Title, string Intro, IReadOnlyList<ListGroup> Groups, BodyMapView? BodyMap)
{
    /// <summary>Sibling views of the same collection (poses A–Z, by position, by muscle, variant finder).</summary>
    public IReadOnlyList<NavLink> Views { get; init; } = [];
    /// <summary>Show a "jump to" list of the groups.</summary>
    public bool Jump { get; init; }
    /// <summary>A highlighted box above the groups, e.g. the off-the-floor shortcut on the by-position page.</summary>
    public ListCallout? Callout { get; init; }
    /// <summary>Body map regions and the muscle groups in each (muscles index).</summary>
    public IReadOnlyList<ListGroup> Regions { get; init; } = [];
    /// <summary>"cards" (title, meta, summary), "compact" (title and meta) or "routines".</summary>
    public string Style { get; init; } = "compact";
}

public sealed record ListCallout(string Heading, string Text, IReadOnlyList<LinkItem> Links);

public sealed record FinderRow(string PoseTitle, string PoseUrl, string VariantName, string Url, string Position, string PositionLabel,
    string Intensity, string Props, string PropsLabel, string Cue)
{
    public string IntensityLabel { get; init; } = "";
}

/// <summary>A filter option: <see cref="Value"/> is the data-attribute value, <see cref="Label"/> the text, <see cref="Count"/> how many rows have it.</summary>
public sealed record FilterOption(string Value, string Label, int Count);

public sealed record FinderView(string Title, string Intro, IReadOnlyList<FinderRow> Rows, IReadOnlyList<LinkItem> Positions,
    IReadOnlyList<string> Intensities, IReadOnlyList<string> Props)
{
    public IReadOnlyList<FilterOption> OffFloorOptions { get; init; } = [];
    public IReadOnlyList<FilterOption> FloorOptions { get; init; } = [];
    public IReadOnlyList<FilterOption> IntensityOptions { get; init; } = [];
    public IReadOnlyList<FilterOption> PropOptions { get; init; } = [];
    public IReadOnlyList<NavLink> Views { get; init; } = [];
}

/// <summary>One filter of the search page (layout <c>search</c>): Pagefind filter name, label and values.</summary>
public sealed record SearchFilterView(string Name, string Label, IReadOnlyList<FilterOption> Values);

public sealed record SearchView(string Title, IReadOnlyList<SearchFilterView> Filters);

public sealed record RedirectView(string Target, string TargetTitle);

/// <summary>What every template receives: the page's frame, and the model of its layout.</summary>
public sealed record PageModel(PageFrame Page, object Model);
