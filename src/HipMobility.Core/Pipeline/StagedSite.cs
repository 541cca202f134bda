using HipMobility.Rendering;

namespace HipMobility.Pipeline;

/// <summary>
/// The output of a build from nothing: the site is written into a staging folder beside the output, later stages (the
/// search index) work on it, and <see cref="Commit()"/> swaps it in with two renames. A build that fails or is killed
/// before the swap leaves the previous output untouched; one killed between the renames is repaired by the next build.
/// A lock file stops two builds writing the same output at once.
/// </summary>
public sealed class StagedSite : ISiteOutput
{
    private readonly FileStream _lock;
    private readonly string _output;
    private readonly string _old;
    private bool _committed;

    private StagedSite(FileStream lockFile, string output, string staging, string old)
    {
        (_lock, _output, Folder, _old) = (lockFile, output, staging, old);
    }

    /// <summary>The staging folder the new site is written to.</summary>
    public string Folder { get; }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _written = new();

    public IReadOnlyList<string> Written => [.. _written];

    public static StagedSite Begin(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new IOException($"cannot write a site to '{outputDirectory}'");
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        var lockFile = AcquireLock(Path.Combine(parent, $".{name}.lock"));
        try
        {
            var old = Path.Combine(parent, $".{name}.old");
            // A build killed between the two renames left the previous site here: put it back first.
            if (!Directory.Exists(output) && Directory.Exists(old)) Directory.Move(old, output);
            var staging = Path.Combine(parent, $".{name}.staging");
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            Directory.CreateDirectory(staging);
            return new StagedSite(lockFile, output, staging, old);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Writes one file into the staging folder; safe to call from several threads.</summary>
    public void Write(OutputFile file)
    {
        var target = Target(Folder + Path.DirectorySeparatorChar, file.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, file.Bytes);
        _written.Enqueue(file.Path);
    }

    /// <summary>A staged site is complete: nothing of the previous one survives the swap.</summary>
    void ISiteOutput.Commit(IReadOnlySet<string> siteFiles) => Commit();

    /// <summary>Swaps the staged site in for the output folder.</summary>
    public void Commit()
    {
        if (Directory.Exists(_old)) Directory.Delete(_old, recursive: true);
        if (Directory.Exists(_output)) Directory.Move(_output, _old);
        Directory.Move(Folder, _output);
        _committed = true;
        if (Directory.Exists(_old)) Directory.Delete(_old, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Folder))
        {
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        }
        _lock.Dispose();
    }

    /// <summary>The full path of an output file; refuses any path that would land outside the output folder.</summary>
    internal static string Target(string root, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.Contains('\\') || relative.Split('/').Any(s => s is ".." or "." or ""))
            throw new InvalidOperationException($"refusing to write '{relative}': it is not a plain path inside the output folder");
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"refusing to write '{relative}' outside the output folder");
    }

    private static FileStream AcquireLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new BuildLockedException($"another build is writing to this output folder (lock file {path}); wait for it to finish");
        }
    }
}

public sealed class BuildLockedException(string message) : IOException(message);
