using HipMobility.Theme;

namespace HipMobility.Rendering;

// View models handed to the theme's Scriban templates: plain data, already ordered. Each lists its fields under the
// snake_case names templates use (IThemeModel.WriteFields); text is escaped as it goes in, and only the fields typed
// Html (rendered bodies, JSON-LD, search markup, SVGs) go in as they are. Keys (position, intensity, role, region ids)
// are kept next to their human labels (*_label) so templates can use the key for CSS classes and data attributes and
// the label for text.

public sealed record LinkItem(string Title, string Url, string? Meta = null) : IThemeModel
{
    /// <summary>A sentence shown under the link (a pose's or routine's summary).</summary>
    public string? Summary { get; init; }

    /// <summary>A short highlighted label, e.g. the variant a by-position link goes to.</summary>
    public string? Tag { get; init; }

    /// <summary>A second link shown with the item, e.g. a routine's printable page.</summary>
    public string? SecondaryTitle { get; init; }
    public string? SecondaryUrl { get; init; }

    /// <summary>The pose's (or the version's) figure, shown on its card.</summary>
    public FigureImage? Figure { get; init; }

    string IThemeModel.ThemeName => "a link";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Text("url", Url).Text("meta", Meta)
        .Text("summary", Summary).Text("tag", Tag).Text("secondary_title", SecondaryTitle).Text("secondary_url", SecondaryUrl)
        .Object("figure", Figure);
}

/// <summary>A figure as an image file (<c>/figures/*.svg</c>) and the size it is drawn at, in CSS pixels.</summary>
public sealed record FigureImage(string Url, int Width, int Height) : IThemeModel
{
    string IThemeModel.ThemeName => "a figure image";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("url", Url).Number("width", Width).Number("height", Height);
}

public sealed record Crumb(string Title, string Url) : IThemeModel
{
    string IThemeModel.ThemeName => "a breadcrumb";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Text("url", Url);
}

public sealed record NavLink(string Title, string Url, bool Current) : IThemeModel
{
    string IThemeModel.ThemeName => "a navigation link";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Text("url", Url).Flag("current", Current);
}

/// <summary>What every page has: head metadata, navigation, breadcrumbs. <c>base.sbn-html</c> renders it.</summary>
public sealed record PageFrame(
    string Title,
    string FullTitle,
    string Description,
    string Canonical,
    string BasePath,
    string PageType,
    Html JsonLdHtml,
    IReadOnlyList<Crumb> Breadcrumbs,
    IReadOnlyList<NavLink> Nav,
    string? EditUrl,
    bool IsPrint,
    string SearchUrl) : IThemeModel
{
    /// <summary>The canonical URL without the scheme, printed at the top of paper copies.</summary>
    public string PrintedUrl => Canonical.Replace("https://", "").Replace("http://", "");

    /// <summary>Hidden Pagefind markup (filters, extra names) placed inside the indexed article; see <see cref="SearchMarkup"/>.</summary>
    public Html SearchHtml { get; init; } = Html.Empty;

    /// <summary>When the page's content was last reviewed, in words ("2 December 2026"), and as YYYY-MM-DD; null when it has no review date.</summary>
    public string? LastReviewed { get; init; }
    public string? LastReviewedIso { get; init; }
    /// <summary>A year after the last review.</summary>
    public string? NextReviewDue { get; init; }
    public string? NextReviewDueIso { get; init; }
    /// <summary>The web app manifest and the service worker, when the theme makes the site work offline; else null.</summary>
    public string? ManifestUrl { get; init; }
    public string? ServiceWorkerUrl { get; init; }
    /// <summary>The absolute URL of the PNG a shared link shows (<c>og:image</c>), or null; and what it shows, in words.</summary>
    public string? ShareImage { get; init; }
    public string? ShareImageAlt { get; init; }
    /// <summary>The PNG's size in pixels, for link previews that lay the card out before it loads.</summary>
    public int ShareImageWidth => Figures.FigurePng.Width;
    public int ShareImageHeight => Figures.FigurePng.Height;

    string IThemeModel.ThemeName => "page (what every page has)";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Text("full_title", FullTitle)
        .Text("description", Description).Text("canonical", Canonical).Text("base_path", BasePath).Text("page_type", PageType)
        .Raw("json_ld_html", JsonLdHtml).Objects("breadcrumbs", Breadcrumbs).Objects("nav", Nav).Text("edit_url", EditUrl)
        .Flag("is_print", IsPrint).Text("search_url", SearchUrl).Text("printed_url", PrintedUrl).Raw("search_html", SearchHtml)
        .Text("last_reviewed", LastReviewed).Text("last_reviewed_iso", LastReviewedIso).Text("next_review_due", NextReviewDue)
        .Text("next_review_due_iso", NextReviewDueIso)
        .Text("manifest_url", ManifestUrl).Text("service_worker_url", ServiceWorkerUrl)
        .Text("share_image", ShareImage).Text("share_image_alt", ShareImageAlt)
        .Number("share_image_width", ShareImageWidth).Number("share_image_height", ShareImageHeight);
}

public sealed record VariantRow(string Id, string Name, string Position, string Intensity, string Props, string Cue, string Url) : IThemeModel
{
    public string PositionKey { get; init; } = "";
    public string IntensityLabel { get; init; } = "";
    public int Rank { get; init; }
    /// <summary>The variant's figure as inline SVG, or empty when it has none.</summary>
    public Html FigureHtml { get; init; } = Html.Empty;
    /// <summary>The variant's own precautions where they differ from the pose's (the pose's are in the page's caution box).</summary>
    public IReadOnlyList<PrecautionLineView> Precautions { get; init; } = [];

    string IThemeModel.ThemeName => "a variant";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("id", Id).Text("name", Name).Text("position", Position)
        .Text("intensity", Intensity).Text("props", Props).Text("cue", Cue).Text("url", Url).Text("position_key", PositionKey)
        .Text("intensity_label", IntensityLabel).Number("rank", Rank).Raw("figure_html", FigureHtml).Objects("precautions", Precautions);
}

/// <summary>One muscle role on a pose page; <see cref="Role"/> is the CSS key (stretched, strengthened, stabilising).</summary>
public sealed record RoleGroup(string Role, string Heading, IReadOnlyList<LinkItem> Items) : IThemeModel
{
    public string? Intro { get; init; }

    string IThemeModel.ThemeName => "a muscle role";

    void IThemeModel.WriteFields(ThemeObject fields) =>
        fields.Text("role", Role).Text("heading", Heading).Objects("items", Items).Text("intro", Intro);
}

public sealed record RoutineRef(string Title, string Url, int StepNumber) : IThemeModel
{
    public int StepCount { get; init; }

    string IThemeModel.ThemeName => "a routine that uses the pose";

    void IThemeModel.WriteFields(ThemeObject fields) =>
        fields.Text("title", Title).Text("url", Url).Number("step_number", StepNumber).Number("step_count", StepCount);
}

/// <summary>A region of the clickable body map: where it links and what the link is called.</summary>
public sealed record BodyMapLink(string Url, string Label) : IThemeModel
{
    string IThemeModel.ThemeName => "a body map link";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("url", Url).Text("label", Label);
}

/// <summary>
/// The inline SVG body diagram. <see cref="Regions"/> maps a body_map region id to the CSS class that shades it
/// (is-stretched, is-strengthened, is-stabilising, is-highlight). <see cref="Links"/>, set only on the muscles index,
/// maps a region id to the muscle page it opens; the theme then draws the clickable version.
/// </summary>
public sealed record BodyMapView(string Label, IReadOnlyDictionary<string, string> Regions, IReadOnlyList<LinkItem> Legend) : IThemeModel
{
    public IReadOnlyDictionary<string, BodyMapLink>? Links { get; init; }

    string IThemeModel.ThemeName => "the body map";

    /// <summary><c>regions</c> and <c>links</c> are lookups by region id: a region missing from them reads as empty.</summary>
    void IThemeModel.WriteFields(ThemeObject fields) =>
        fields.Text("label", Label).Lookup("regions", Regions).Objects("legend", Legend).Lookup("links", Links);
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
    IReadOnlyList<LinkItem> Sources,
    BodyMapView BodyMap,
    Html BodyHtml) : IThemeModel
{
    public string IntensityLabel { get; init; } = "";
    public string? Hold { get; init; }
    public string? Reps { get; init; }
    /// <summary>Positions other than the main one that a variant offers, e.g. "Seated in a chair, Standing".</summary>
    public string? OtherPositions { get; init; }
    /// <summary>The pose's figure as inline SVG (one frame, or the start and end of a movement), or empty when it has none.</summary>
    public Html FigureHtml { get; init; } = Html.Empty;
    /// <summary>A movement's steps for the Play control (hidden from assistive technology), or empty for a hold.</summary>
    public Html FigureMovementHtml { get; init; } = Html.Empty;
    /// <summary>The caution lines made from the pose's precaution tags, each with its tag's page.</summary>
    public IReadOnlyList<PrecautionLineView> Precautions { get; init; } = [];

    string IThemeModel.ThemeName => "the pose page";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("id", Id).Text("title", Title).Text("sanskrit", Sanskrit)
        .Texts("aliases", Aliases).Text("summary", Summary).Text("cue", Cue).Text("position", Position).Text("positions", Positions)
        .Text("intensity", Intensity).Text("props", Props).Text("dose", Dose).Text("sides", Sides).Text("movements", Movements)
        .Texts("cautions", Cautions).Objects("variants", Variants).Objects("muscles_by_role", MusclesByRole).Objects("routines", Routines)
        .Objects("related", Related).Objects("sources", Sources).Object("body_map", BodyMap).Raw("body_html", BodyHtml)
        .Text("intensity_label", IntensityLabel).Text("hold", Hold).Text("reps", Reps).Text("other_positions", OtherPositions).Raw("figure_html", FigureHtml)
        .Raw("figure_movement_html", FigureMovementHtml).Objects("precautions", Precautions);
}

/// <summary>A pose that works a muscle, as listed on the muscle page.</summary>
public sealed record PoseUseRow(string Title, string Url, string Position, string Intensity, string IntensityLabel, string? OtherPositions) : IThemeModel
{
    string IThemeModel.ThemeName => "a pose that works the muscle";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Text("url", Url).Text("position", Position)
        .Text("intensity", Intensity).Text("intensity_label", IntensityLabel).Text("other_positions", OtherPositions);
}

public sealed record PoseUseGroup(string Role, string Heading, IReadOnlyList<PoseUseRow> Rows) : IThemeModel
{
    string IThemeModel.ThemeName => "a group of poses by role";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("role", Role).Text("heading", Heading).Objects("rows", Rows);
}

public sealed record MuscleView(
    string Id,
    string Title,
    string? Latin,
    IReadOnlyList<string> Aliases,
    string Summary,
    string Region,
    IReadOnlyList<PoseUseGroup> PosesByRole,
    BodyMapView BodyMap,
    Html BodyHtml) : IThemeModel
{
    /// <summary>Where on the body the group sits, in words: "Front of the hip and lower back".</summary>
    public string Where { get; init; } = "";
    public int PoseCount { get; init; }
    /// <summary>The title for use mid-sentence: "Hip flexors" → "hip flexors".</summary>
    public string LowerTitle => Title.Length > 1 && char.IsLower(Title[1]) ? char.ToLowerInvariant(Title[0]) + Title[1..] : Title;

    string IThemeModel.ThemeName => "the muscle page";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("id", Id).Text("title", Title).Text("latin", Latin)
        .Texts("aliases", Aliases).Text("summary", Summary).Text("region", Region).Objects("poses_by_role", PosesByRole)
        .Object("body_map", BodyMap).Raw("body_html", BodyHtml).Text("where", Where).Number("pose_count", PoseCount)
        .Text("lower_title", LowerTitle);
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
    IReadOnlyList<string> Cautions,
    string? PreviousUrl,
    string? NextUrl) : IThemeModel
{
    public string? Hold { get; init; }
    public string? Reps { get; init; }
    public string? PreviousTitle { get; init; }
    public string? NextTitle { get; init; }
    public int StepCount { get; init; }
    /// <summary>How many sets, e.g. "2 sets"; null for one.</summary>
    public string? Sets { get; init; }
    /// <summary>The rest between sets, e.g. "30–60 seconds"; null for one set.</summary>
    public string? Rest { get; init; }

    /// <summary>The drawing of the step's pose, or of its version when the version has its own; empty otherwise.</summary>
    public Html FigureHtml { get; init; } = Html.Empty;

    string IThemeModel.ThemeName => "a step";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Number("number", Number).Text("id", Id).Text("pose_title", PoseTitle)
        .Text("pose_url", PoseUrl).Text("variant_name", VariantName).Text("variant_url", VariantUrl).Text("position", Position)
        .Text("dose", Dose).Text("sides", Sides).Text("note", Note).Text("cue", Cue).Texts("cautions", Cautions)
        .Text("previous_url", PreviousUrl).Text("next_url", NextUrl).Text("hold", Hold).Text("reps", Reps)
        .Text("previous_title", PreviousTitle).Text("next_title", NextTitle).Number("step_count", StepCount)
        .Text("sets", Sets).Text("rest", Rest)
        .Raw("figure_html", FigureHtml);
}

/// <summary>A stretch of weeks of a routine that builds over time: "Weeks 1–2" and what to do.</summary>
public sealed record StageView(string Weeks, string Plan) : IThemeModel
{
    string IThemeModel.ThemeName => "a stage of the routine";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("weeks", Weeks).Text("plan", Plan);
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
    IReadOnlyList<LinkItem> Sources,
    string Url,
    string PrintUrl,
    string PrintedUrl,
    Html QrSvgHtml,
    string SafetyLine,
    IReadOnlyList<string> Days,
    Html BodyHtml) : IThemeModel
{
    /// <summary>Rows of the printed tick grid ("Week 1", "Week 2").</summary>
    public IReadOnlyList<string> Weeks { get; init; } = ["Week 1", "Week 2"];
    /// <summary>
    /// Many steps, or many warnings on them: the printed sheet uses two columns and tighter type so it still fits on two
    /// pages. A sheet may not drop a warning to fit, so the caution lines count as much as the steps.
    /// </summary>
    public bool IsLong => StepCount > 8 || Steps.Sum(s => s.Cautions.Count) > LongSheetCautionLines;

    /// <summary>More caution lines than this (about what seven steps carry) make a long sheet.</summary>
    public const int LongSheetCautionLines = 36;

    /// <summary>
    /// A sheet with more caution lines than this (about what twelve steps carry) would run to a third page even in two
    /// columns, so its type is smaller again: a warning is never dropped to save space.
    /// </summary>
    public bool IsVeryLong => Steps.Sum(s => s.Cautions.Count) > VeryLongSheetCautionLines;

    public const int VeryLongSheetCautionLines = 80;
    /// <summary>Props the whole routine needs, e.g. "Block, Strap" or "None".</summary>
    public string Props { get; init; } = "None";
    /// <summary>The routine's player (<c>/routines/&lt;id&gt;/play/</c>).</summary>
    public string PlayUrl { get; init; } = "";
    /// <summary>What the routine says to readers with a condition (title: the tag's, url: its page, summary: the note).</summary>
    public IReadOnlyList<LinkItem> PrecautionNotes { get; init; } = [];
    /// <summary>How often to do the routine in words ("Once a day, 5 days a week"); the theme's fallback when the routine does not say.</summary>
    public string HowOften { get; init; } = "";
    /// <summary>When to move on, and when to ease off; null when the routine does not say.</summary>
    public string? Progress { get; init; }
    public string? StepBack { get; init; }
    /// <summary>For a routine that builds over weeks: each stretch of weeks and what to do in it.</summary>
    public IReadOnlyList<StageView> Stages { get; init; } = [];

    string IThemeModel.ThemeName => "the routine page";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("id", Id).Text("title", Title).Text("summary", Summary)
        .Text("level", Level).Text("setting", Setting).Number("total_minutes", TotalMinutes).Number("step_count", StepCount)
        .Objects("steps", Steps).Objects("sources", Sources).Text("url", Url).Text("print_url", PrintUrl).Text("printed_url", PrintedUrl)
        .Raw("qr_svg_html", QrSvgHtml).Text("safety_line", SafetyLine).Texts("days", Days).Raw("body_html", BodyHtml)
        .Texts("weeks", Weeks).Flag("is_long", IsLong).Flag("is_very_long", IsVeryLong).Text("props", Props)
        .Objects("precaution_notes", PrecautionNotes)
        .Text("how_often", HowOften).Text("progress", Progress).Text("step_back", StepBack).Objects("stages", Stages)
        .Text("play_url", PlayUrl);
}

public sealed record FreePageView(string Title, string Summary, Html BodyHtml) : IThemeModel
{
    public bool IsHome { get; init; }

    string IThemeModel.ThemeName => "the page";

    void IThemeModel.WriteFields(ThemeObject fields) =>
        fields.Text("title", Title).Text("summary", Summary).Raw("body_html", BodyHtml).Flag("is_home", IsHome);
}

public sealed record ListGroup(string Id, string Heading, string? Intro, IReadOnlyList<LinkItem> Items) : IThemeModel
{
    /// <summary>Shown first and marked out, e.g. the positions that need no floor.</summary>
    public bool Featured { get; init; }
    /// <summary>Where the group's heading links, e.g. the muscle page on the poses-by-muscle list.</summary>
    public string? HeadingUrl { get; init; }

    string IThemeModel.ThemeName => "a group of the list";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("id", Id).Text("heading", Heading).Text("intro", Intro)
        .Objects("items", Items).Flag("featured", Featured).Text("heading_url", HeadingUrl);
}

public sealed record ListView(string Title, string Intro, IReadOnlyList<ListGroup> Groups, BodyMapView? BodyMap) : IThemeModel
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

    string IThemeModel.ThemeName => "the list page";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Text("intro", Intro).Objects("groups", Groups)
        .Object("body_map", BodyMap).Objects("views", Views).Flag("jump", Jump).Object("callout", Callout).Objects("regions", Regions)
        .Text("style", Style);
}

public sealed record ListCallout(string Heading, string Text, IReadOnlyList<LinkItem> Links) : IThemeModel
{
    string IThemeModel.ThemeName => "the callout";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("heading", Heading).Text("text", Text).Objects("links", Links);
}

public sealed record FinderRow(string PoseTitle, string PoseUrl, string VariantName, string Url, string Position, string PositionLabel,
    string Intensity, string Props, string PropsLabel, string Cue) : IThemeModel
{
    public string IntensityLabel { get; init; } = "";
    /// <summary>The precaution tags this version is to be left out or changed for, space-separated (the finder hides it when one is ticked).</summary>
    public string NotFor { get; init; } = "";

    string IThemeModel.ThemeName => "a row of the finder";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("pose_title", PoseTitle).Text("pose_url", PoseUrl)
        .Text("variant_name", VariantName).Text("url", Url).Text("position", Position).Text("position_label", PositionLabel)
        .Text("intensity", Intensity).Text("props", Props).Text("props_label", PropsLabel).Text("cue", Cue)
        .Text("intensity_label", IntensityLabel).Text("not_for", NotFor);
}

/// <summary>A filter option: <see cref="Value"/> is the data-attribute value, <see cref="Label"/> the text, <see cref="Count"/> how many rows have it.</summary>
public sealed record FilterOption(string Value, string Label, int Count) : IThemeModel
{
    string IThemeModel.ThemeName => "a filter option";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("value", Value).Text("label", Label).Number("count", Count);
}

public sealed record FinderView(string Title, string Intro, IReadOnlyList<FinderRow> Rows, IReadOnlyList<LinkItem> Positions,
    IReadOnlyList<string> Intensities, IReadOnlyList<string> Props) : IThemeModel
{
    public IReadOnlyList<FilterOption> OffFloorOptions { get; init; } = [];
    public IReadOnlyList<FilterOption> FloorOptions { get; init; } = [];
    public IReadOnlyList<FilterOption> IntensityOptions { get; init; } = [];
    public IReadOnlyList<FilterOption> PropOptions { get; init; } = [];
    /// <summary>The precaution tags; a ticked one hides the versions to leave out or change for it (count: the versions that stay).</summary>
    public IReadOnlyList<FilterOption> ConditionOptions { get; init; } = [];
    public IReadOnlyList<NavLink> Views { get; init; } = [];

    string IThemeModel.ThemeName => "the variant finder";

    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Text("intro", Intro).Objects("rows", Rows)
        .Objects("positions", Positions).Texts("intensities", Intensities).Texts("props", Props)
        .Objects("off_floor_options", OffFloorOptions).Objects("floor_options", FloorOptions)
        .Objects("intensity_options", IntensityOptions).Objects("prop_options", PropOptions).Objects("views", Views)
        .Objects("condition_options", ConditionOptions);
}

/// <summary>One filter of the search page (layout <c>search</c>): Pagefind filter name, label and values.</summary>
public sealed record SearchFilterView(string Name, string Label, IReadOnlyList<FilterOption> Values) : IThemeModel
{
    string IThemeModel.ThemeName => "a search filter";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("name", Name).Text("label", Label).Objects("values", Values);
}

public sealed record SearchView(string Title, IReadOnlyList<SearchFilterView> Filters) : IThemeModel
{
    string IThemeModel.ThemeName => "the search page";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Objects("filters", Filters);
}

public sealed record RedirectView(string Target, string TargetTitle) : IThemeModel
{
    string IThemeModel.ThemeName => "the redirect page";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("target", Target).Text("target_title", TargetTitle);
}

/// <summary>What every template receives: <c>page</c>, the page's frame, and <c>model</c>, the model of its layout.</summary>
public sealed record PageModel(PageFrame Page, IThemeModel Model) : IThemeModel
{
    string IThemeModel.ThemeName => "the template's names";
    void IThemeModel.WriteFields(ThemeObject fields) => fields.Object("page", Page).Object("model", Model);
}
