namespace HipMobility.Cli.Serving;

/// <summary>
/// Watches the input and theme folders and reports changed paths in batches: saving ten files at once
/// gives one callback, after the folders have been quiet for a short moment.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    public ContentWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyCollection<string>> onChanges)
    {
        _quiet = quiet;
        _timer = new Timer(_ =>
        {
            string[] batch;
            lock (_gate)
            {
                batch = _pending.ToArray();
                _pending.Clear();
            }
            if (batch.Length > 0) onChanges(batch);
        });
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Note(string path)
    {
        // Editors' swap and backup files are not content.
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal)) return;
        lock (_gate) _pending.Add(path);
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _timer.Dispose();
    }
}
