using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Rendering;
using HipMobility.Theme;

namespace HipMobility.Pipeline;

/// <summary>
/// What the last build knew, so that the next one (serve, after an edit) does only the work the edit makes: each input
/// file as parsed and validated (with its own diagnostics), the compiled theme, the content changed since the last site
/// was written, and what every page of that site showed.
/// </summary>
internal sealed class BuildCache
{
    private readonly SortedDictionary<string, (ParsedFile<IContentItem> Parsed, DiagnosticBag Diagnostics)> _files = new(StringComparer.Ordinal);

    /// <summary>Content changed since a site was last written (edits made while the content had errors add up here).</summary>
    private readonly HashSet<DependencyKey> _pending = [];

    private Lazy<IReadOnlyDictionary<string, IReadOnlySet<DependencyKey>>>? _lastDependencies;

    public Task<CompiledTheme>? Theme { get; set; }

    /// <summary>Figures drawn by earlier builds, kept while their files are unchanged.</summary>
    public FigureDrawings Figures { get; private set; } = new();

    /// <summary>Every file path of the site last written (pages and site-wide files); null until one is.</summary>
    public IReadOnlySet<string>? WrittenSite { get; private set; }

    public void Clear()
    {
        _files.Clear();
        _pending.Clear();
        (_lastDependencies, WrittenSite, Theme, Figures) = (null, null, null, new FigureDrawings());
    }

    /// <summary>Parses and validates the changed files (in parallel), forgets removed ones, and gathers every file's result.</summary>
    public ParseStage.Result<IContentItem> Parse(SourceChanges changes, SiteUrls urls)
    {
        foreach (var removed in changes.Removed)
            if (_files.Remove(removed, out var old))
            {
                Changed(old.Parsed);
                _pending.Add(DependencyKey.Listing);
            }
        var parsed = new (ParsedFile<IContentItem>, DiagnosticBag)[changes.Read.Count];
        ParseStage.ForEach(changes.Read, i =>
        {
            var bag = new DiagnosticBag();
            parsed[i] = (ParseStage.Parse(changes.Read[i], urls, bag, ValidateStage.Bind), bag);
        });
        foreach (var entry in parsed)
        {
            var known = _files.TryGetValue(entry.Item1.File.InputRelativePath, out var old);
            // Other pages and the indexes show an item's front matter only: a file new to the site, or whose front matter
            // changed (or cannot be compared), changes them; an edit to a body alone changes only the item's own pages.
            var bodyOnly = known && old.Parsed.FrontMatterHash is { } before && before == entry.Item1.FrontMatterHash;
            if (!bodyOnly) _pending.Add(DependencyKey.Listing);
            if (known) Changed(old.Parsed, bodyOnly);
            _files[entry.Item1.File.InputRelativePath] = entry;
            Changed(entry.Item1, bodyOnly);
        }
        if (changes.AffectsEverything) _pending.Add(DependencyKey.Everything);
        return ParseStage.Gather(_files.Values.Select(f => f.Parsed));
    }

    /// <summary>What parsing and validating each file on its own reported.</summary>
    public IEnumerable<Diagnostic> ParseDiagnostics => _files.Values.SelectMany(f => f.Diagnostics.Sorted());

    private void Changed(ParsedFile<IContentItem> file, bool bodyOnly = false)
    {
        if (file.Document is not { } item) return;
        var key = DependencyKey.Of(item);
        _pending.Add(key.Body);
        if (!bodyOnly) _pending.Add(key);
    }

    /// <summary>Whether a page must be rendered again: it shows changed content now, or showed it in the last site written.</summary>
    public Func<RenderJob, bool> IsAffected()
    {
        var before = _lastDependencies?.Value;
        var changed = _pending;
        return job => job.IsAffectedBy(changed) || (before is not null && before.TryGetValue(job.Path, out var keys) && keys.Overlaps(changed));
    }

    /// <summary>The site just written becomes the one the next edit is compared with.</summary>
    public void Remember(RenderPlan plan, RenderedSite rendered)
    {
        // Only an update asks what the pages showed: a one-off build never works out ten thousand sets.
        _lastDependencies = new(plan.Dependencies);
        WrittenSite = rendered.Files;
        _pending.Clear();
    }
}
