namespace HipMobility.Content;

/// <summary>
/// A piece of content a page shows (<c>pose:pigeon</c>, its front matter; <c>pose:pigeon/body</c>, its Markdown body),
/// what the indexes show of all of it (<c>listing</c>), or everything (<c>*</c>: what a theme edit touches). A page is
/// rendered again when a key it depends on changes.
/// </summary>
public readonly record struct DependencyKey(ContentKind? Kind, string Id, bool IsBody = false)
{
    public static readonly DependencyKey Everything = new(null, "*");

    /// <summary>
    /// What the index pages show of every piece of content: its front matter (titles, summaries, positions, figures),
    /// never its Markdown body. An edit to a body alone leaves the indexes as they were.
    /// </summary>
    public static readonly DependencyKey Listing = new(null, "listing");

    public static DependencyKey Pose(string id) => new(ContentKind.Pose, id);
    public static DependencyKey Muscle(string id) => new(ContentKind.Muscle, id);
    public static DependencyKey Routine(string id) => new(ContentKind.Routine, id);
    public static DependencyKey Page(string slug) => new(ContentKind.Page, slug);
    public static DependencyKey Precaution(string tag) => new(ContentKind.Precaution, tag);

    /// <summary>The key of a content item: the kind and id its page is built from.</summary>
    public static DependencyKey Of(IContentItem item) => item switch
    {
        Content.Pose p => Pose(p.Id),
        MuscleGroup m => Muscle(m.Id),
        Content.Routine r => Routine(r.Id),
        Content.Page p => Page(p.Slug),
        PrecautionTag t => Precaution(t.Id),
        _ => throw new ArgumentException($"no key for {item.GetType().Name}", nameof(item)),
    };

    /// <summary>
    /// The item's Markdown body. Only the item's own pages show it (other pages show its title, summary, cautions and
    /// figure, all front matter), so an edit to a body alone renders those pages and no others.
    /// </summary>
    public DependencyKey Body => this with { IsBody = true };

    public override string ToString() => (Kind is { } kind ? $"{ContentKinds.Of(kind).Name}:{Id}" : Id) + (IsBody ? "/body" : "");
}
