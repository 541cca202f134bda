namespace HipMobility.Rendering;

// View models handed to the Handlebars templates: plain data, already ordered, already escaped where marked *Html.

public sealed record LinkItem(string Title, string Url, string? Meta = null);

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
    string SearchUrl);

public sealed record VariantRow(string Id, string Name, string Position, string Intensity, string Props, string Cue, string Url);

public sealed record RoleGroup(string Role, string Heading, IReadOnlyList<LinkItem> Items);

public sealed record RoutineRef(string Title, string Url, int StepNumber);

public sealed record BodyMapView(string Label, IReadOnlyDictionary<string, string> Regions, IReadOnlyList<LinkItem> Legend);

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
    string BodyHtml);

public sealed record MuscleView(
    string Id,
    string Title,
    string? Latin,
    IReadOnlyList<string> Aliases,
    string Summary,
    string Region,
    IReadOnlyList<RoleGroup> PosesByRole,
    BodyMapView BodyMap,
    string BodyHtml);

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
    string? NextUrl);

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
    string BodyHtml);

public sealed record FreePageView(string Title, string Summary, string BodyHtml);

public sealed record ListGroup(string Id, string Heading, string? Intro, IReadOnlyList<LinkItem> Items);

public sealed record ListView(string Title, string Intro, IReadOnlyList<ListGroup> Groups, BodyMapView? BodyMap);

public sealed record FinderRow(string PoseTitle, string PoseUrl, string VariantName, string Url, string Position, string PositionLabel,
    string Intensity, string Props, string PropsLabel, string Cue);

public sealed record FinderView(string Title, string Intro, IReadOnlyList<FinderRow> Rows, IReadOnlyList<LinkItem> Positions,
    IReadOnlyList<string> Intensities, IReadOnlyList<string> Props);

public sealed record RedirectView(string Target, string TargetTitle);

/// <summary>What a layout receives: the frame plus one kind-specific model.</summary>
public sealed record PageModel(PageFrame Page, object Model)
{
    public string? ContentHtml { get; init; }
}
