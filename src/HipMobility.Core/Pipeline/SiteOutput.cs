using HipMobility.Rendering;

namespace HipMobility.Pipeline;

/// <summary>Where a build writes the site: a staged folder swapped in whole (<see cref="StagedSite"/>) or the output itself (<see cref="InPlaceOutput"/>).</summary>
public interface ISiteOutput : IDisposable
{
    /// <summary>The folder files are written to (later stages, such as the search index, work on it).</summary>
    string Folder { get; }

    /// <summary>Writes one file; safe to call from several threads.</summary>
    void Write(OutputFile file);

    /// <summary>The files written, relative to the output folder.</summary>
    IReadOnlyList<string> Written { get; }

    /// <summary>Makes the written site the output; <paramref name="siteFiles"/> is every file the new site has.</summary>
    void Commit(IReadOnlySet<string> siteFiles);
}

/// <summary>
/// The output of an update (serve, after an edit): files are written in place, and only where their bytes changed, so
/// the browser and the file watcher see just what the edit touched. Pages the new site no longer has are deleted.
/// </summary>
public sealed class InPlaceOutput(string outputDirectory, IReadOnlySet<string> previousFiles) : ISiteOutput
{
    private readonly string _root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _written = new();

    public string Folder => _root[..^1];

    public IReadOnlyList<string> Written => [.. _written];

    public void Write(OutputFile file)
    {
        var target = StagedSite.Target(_root, file.Path);
        if (File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(file.Bytes)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, file.Bytes);
        _written.Enqueue(file.Path);
    }

    public void Commit(IReadOnlySet<string> siteFiles)
    {
        foreach (var stale in previousFiles.Where(p => !siteFiles.Contains(p) && p.EndsWith(".html", StringComparison.Ordinal)))
            File.Delete(StagedSite.Target(_root, stale));
    }

    public void Dispose() { }
}
