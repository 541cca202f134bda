using System.Diagnostics;
using System.Security.Cryptography;
using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Theme;

namespace HipMobility.Pipeline;

/// <summary>What one live (serve-mode) build did.</summary>
public sealed record LiveBuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesRendered, IReadOnlyList<string> FilesWritten, TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// The build behind <c>serve</c>: the same stages as <see cref="SiteBuild"/>, but it keeps what it parsed and rendered,
/// so an edit re-parses only the changed files and re-renders only the pages that show the changed content (a pose
/// edit: that pose, its muscles, its routines, related poses and the indexes). Files whose bytes did not change are not
/// rewritten. While the content has errors the last good output stays in place.
/// </summary>
public sealed class LiveBuild
{
    private readonly string _input;
    private readonly string _themeDirectory;
    private readonly string _output;
    private readonly SiteOptions _options;
    private readonly SiteUrls _urls;
    private readonly Dictionary<string, (SourceFile File, ParsedDocument? Document, ParseStage.Result<ParsedDocument>? Data, IReadOnlyList<Diagnostic> Diagnostics)> _parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _writtenHashes = new(StringComparer.Ordinal);
    private CompiledTheme? _theme;
    private LinkedSite? _lastGood;
    private IReadOnlyDictionary<string, IReadOnlySet<string>> _lastDependencies = new Dictionary<string, IReadOnlySet<string>>();

    public LiveBuild(string inputDirectory, string themeDirectory, string outputDirectory, SiteOptions options)
    {
        _input = Path.GetFullPath(inputDirectory);
        _themeDirectory = Path.GetFullPath(themeDirectory);
        _output = Path.GetFullPath(outputDirectory);
        _options = options;
        _urls = new SiteUrls(options.BaseUrl);
    }

    public string InputDirectory => _input;
    public string ThemeDirectory => _themeDirectory;

    /// <summary>Builds everything: reads every file and the theme, renders and writes the whole site.</summary>
    public LiveBuildResult BuildAll()
    {
        var clock = Stopwatch.StartNew();
        _parsed.Clear();
        foreach (var file in DiscoverStage.Run(_input)) Parse(file);
        _theme = null;
        return Rebuild(["*"], clock, full: true);
    }

    /// <summary>Rebuilds after the given files changed (created, edited or deleted).</summary>
    public LiveBuildResult Update(IEnumerable<string> changedPaths)
    {
        var clock = Stopwatch.StartNew();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var full in changedPaths.Select(Path.GetFullPath).Distinct())
        {
            if (full.StartsWith(_themeDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                _theme = null; // recompiled below
                changed.Add("*");
                continue;
            }
            if (!full.StartsWith(_input + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var relative = Path.GetRelativePath(_input, full).Replace('\\', '/');
            var kind = KindOf(relative);
            if (kind is null) continue;
            changed.UnionWith(KeysOf(relative));
            if (File.Exists(full))
                Parse(new SourceFile(kind.Value, Path.GetFileName(_input) + "/" + relative, relative, ReadWhenReady(full)));
            else
                _parsed.Remove(relative);
            if (kind is ContentKind.SourceList or ContentKind.UrlRegister) changed.Add("*");
        }
        if (changed.Count == 0) return new LiveBuildResult([], 0, [], clock.Elapsed);
        return Rebuild(changed, clock, full: false);
    }

    private LiveBuildResult Rebuild(HashSet<string> changed, Stopwatch clock, bool full)
    {
        var diagnostics = new DiagnosticBag();
        var entries = _parsed.Values.OrderBy(e => e.File.InputRelativePath, StringComparer.Ordinal).ToList();
        foreach (var d in entries.SelectMany(e => e.Diagnostics)) diagnostics.Add(d);
        var unreadable = entries.Where(e => e.Document is null && e.File.Kind is ContentKind.Pose or ContentKind.Muscle or ContentKind.Routine)
            .Select(e => e.File.Stem).ToHashSet(StringComparer.Ordinal);
        var parsed = new ParseStage.Result<ParsedDocument>(entries.Select(e => e.Document).OfType<ParsedDocument>().ToList(),
            entries.Select(e => e.Data?.SourceList).OfType<ParsedSourceList>().FirstOrDefault(), unreadable,
            entries.Select(e => e.Data?.UrlRegister).OfType<UrlRegister>().FirstOrDefault());
        var content = ValidateStage.Run(parsed, diagnostics);
        var site = LinkStage.Run(content, _urls, diagnostics);
        UrlRegisterStage.Check(site, diagnostics);
        if (diagnostics.HasErrors) return new LiveBuildResult(diagnostics.Sorted(), 0, [], clock.Elapsed);

        // Until one build has succeeded, the output may lag behind several edits: swap in a whole site.
        if (_lastGood is null) full = true;
        // Keys of the new site for the changed files (an id may differ from its file name).
        changed.UnionWith(KeysFor(site, changed));

        _theme ??= new CompiledTheme(ThemeFiles.Load(_themeDirectory), site.Urls);
        var plan = RenderStage.Plan(site, _theme, _options);
        List<string> written;
        IReadOnlyList<OutputFile> files;
        if (full)
        {
            // The first build swaps in a complete site (with its search index), exactly like 'build'.
            files = plan.RenderAll();
            using var staged = WriteStage.Run(_output, files);
            if (_options.SearchToolsDirectory is { } tools) SearchIndexStage.Run(staged.Path, tools);
            staged.Commit();
            _writtenHashes.Clear();
            foreach (var f in files) _writtenHashes[f.Path] = SHA256.HashData(f.Bytes);
            written = files.Select(f => f.Path).ToList();
        }
        else if (changed.Contains("*"))
        {
            files = plan.RenderAll();
            written = Write(files, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
        }
        else
        {
            // A page re-renders if it shows changed content now, or showed it before the edit.
            files = plan.RenderAffected(job => job.IsAffectedBy(changed)
                || (job.Path is not null && _lastDependencies.TryGetValue(job.Path, out var before) && before.Overlaps(changed)), out var pagePaths);
            written = Write(files, pagePaths.Concat(files.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal));
        }
        _lastGood = site;
        _lastDependencies = plan.Dependencies();
        var pages = files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        return new LiveBuildResult(diagnostics.Sorted(), pages, written, clock.Elapsed);
    }

    private void Parse(SourceFile file)
    {
        var bag = new DiagnosticBag();
        if (file.Kind is ContentKind.SourceList or ContentKind.UrlRegister)
        {
            _parsed[file.InputRelativePath] = (file, null, ParseStage.Run([file], _urls, bag), bag.Sorted());
            return;
        }
        _parsed[file.InputRelativePath] = (file, ParseStage.ParseDocument(file, _urls, bag), null, bag.Sorted());
    }

    private IEnumerable<string> KeysFor(LinkedSite site, HashSet<string> changed)
    {
        var paths = changed.Where(k => k.StartsWith("file:", StringComparison.Ordinal)).Select(k => k[5..]).ToHashSet(StringComparer.Ordinal);
        foreach (var p in site.Poses.Values.Where(p => paths.Contains(p.Source.InputRelativePath))) yield return "pose:" + p.Id;
        foreach (var m in site.Muscles.Values.Where(m => paths.Contains(m.Source.InputRelativePath))) yield return "muscle:" + m.Id;
        foreach (var r in site.Routines.Values.Where(r => paths.Contains(r.Source.InputRelativePath))) yield return "routine:" + r.Id;
        foreach (var p in site.Content.Pages.Where(p => paths.Contains(p.Source.InputRelativePath))) yield return "page:" + p.Slug;
        // The previous site's ids for the same files (an edit may have changed the id).
        if (_lastGood is null) yield break;
        foreach (var p in _lastGood.Poses.Values.Where(p => paths.Contains(p.Source.InputRelativePath))) yield return "pose:" + p.Id;
        foreach (var m in _lastGood.Muscles.Values.Where(m => paths.Contains(m.Source.InputRelativePath))) yield return "muscle:" + m.Id;
        foreach (var r in _lastGood.Routines.Values.Where(r => paths.Contains(r.Source.InputRelativePath))) yield return "routine:" + r.Id;
    }

    private static IEnumerable<string> KeysOf(string relative)
    {
        yield return "file:" + relative;
        var stem = Path.GetFileNameWithoutExtension(relative);
        if (relative.StartsWith("poses/", StringComparison.Ordinal)) yield return "pose:" + stem;
        else if (relative.StartsWith("muscles/", StringComparison.Ordinal)) yield return "muscle:" + stem;
        else if (relative.StartsWith("routines/", StringComparison.Ordinal)) yield return "routine:" + stem;
        else yield return "page:" + stem;
    }

    private static ContentKind? KindOf(string relative)
    {
        if (relative == DiscoverStage.SourceListFile) return ContentKind.SourceList;
        if (relative == DiscoverStage.UrlRegisterFile) return ContentKind.UrlRegister;
        if (!relative.EndsWith(".md", StringComparison.Ordinal)) return null;
        var parts = relative.Split('/');
        return parts.Length switch
        {
            1 => ContentKind.Page,
            2 when parts[0] == "poses" => ContentKind.Pose,
            2 when parts[0] == "muscles" => ContentKind.Muscle,
            2 when parts[0] == "routines" => ContentKind.Routine,
            _ => null,
        };
    }

    /// <summary>Editors save in several steps; retry briefly while the file is locked or half-written.</summary>
    private static byte[] ReadWhenReady(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try { return File.ReadAllBytes(path); }
            catch (IOException) when (attempt < 5) { Thread.Sleep(20); }
        }
    }

    /// <summary>Writes files whose bytes changed; deletes pages that no longer exist.</summary>
    private List<string> Write(IReadOnlyList<OutputFile> files, IReadOnlySet<string> keep)
    {
        var written = new List<string>();
        Directory.CreateDirectory(_output);
        foreach (var file in files)
        {
            var hash = SHA256.HashData(file.Bytes);
            var target = Path.GetFullPath(Path.Combine(_output, file.Path));
            if (!target.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidOperationException($"refusing to write '{file.Path}' outside the output folder");
            if (_writtenHashes.TryGetValue(file.Path, out var previous) && previous.AsSpan().SequenceEqual(hash) && File.Exists(target)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Bytes);
            _writtenHashes[file.Path] = hash;
            written.Add(file.Path);
        }
        {
            foreach (var stale in _writtenHashes.Keys.Where(p => !keep.Contains(p) && p.EndsWith(".html", StringComparison.Ordinal)).ToList())
            {
                File.Delete(Path.Combine(_output, stale));
                _writtenHashes.Remove(stale);
            }
        }
        return written;
    }
}
