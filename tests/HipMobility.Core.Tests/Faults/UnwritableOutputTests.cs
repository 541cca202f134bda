using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Faults;

/// <summary>
/// An output folder that cannot be written gives a clear error naming the path, and leaves the previous output as it
/// was. Tests run as root in CI, where a read-only mode does not stop writes: the tests find out which kind of
/// blocker works here and use it.
/// </summary>
public class UnwritableOutputTests
{
    public static TheoryData<string> Blockers => ["read-only parent folder", "file in the way of the staging folder"];

    [Theory]
    [MemberData(nameof(Blockers))]
    public void A_build_that_cannot_write_gives_a_clear_error_and_leaves_the_previous_output(string blocker)
    {
        using var site = SiteCopy.Sample();
        Assert.True(site.Build().Succeeded);
        var before = site.Snapshot();
        site.Replace("poses/pigeon.md", "title: Pigeon", "title: Pigeon, changed");
        var parent = Path.GetDirectoryName(site.Output)!;

        using (Block(blocker, parent, out var blockedPath))
        {
            var e = Record.Exception(() => site.Build());

            Assert.True(e is IOException or UnauthorizedAccessException, $"expected an I/O error, got {e?.GetType().Name ?? "none"}: {e?.Message}");
            Assert.IsNotType<BuildLockedException>(e);
            Assert.Contains(blockedPath, e!.Message);
        }

        var after = site.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), $"{kv.Key} changed"));
        Assert.False(Directory.Exists(Path.Combine(parent, ".site.staging")), "a failed build left its staging folder behind");
        Assert.True(site.Build().Succeeded, "the next build, with the blocker gone, did not succeed");
    }

    public static TheoryData<string> ImpossibleOutputs => ["inside a regular file", "under /proc"];

    [Theory]
    [MemberData(nameof(ImpossibleOutputs))]
    public void An_output_path_that_cannot_exist_gives_a_clear_error_and_creates_nothing(string where)
    {
        using var site = SiteCopy.Sample();
        var output = where == "under /proc" ? "/proc/hipmobility-no-such-folder/site" : Path.Combine(site.Root, "a-file.txt", "site");
        File.WriteAllText(Path.Combine(site.Root, "a-file.txt"), "not a folder");
        var filesBefore = site.AllFiles();

        var e = Record.Exception(() => site.Build(output));

        Assert.True(e is IOException or UnauthorizedAccessException, $"expected an I/O error, got {e?.GetType().Name ?? "none"}: {e?.Message}");
        Assert.Contains(Path.GetDirectoryName(output)!, e!.Message);
        Assert.Equal(filesBefore, site.AllFiles());
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(site.Root, "a-file.txt")));
    }

    [Fact]
    public void The_command_line_reports_an_unwritable_output_in_one_line_with_exit_code_1()
    {
        using var site = SiteCopy.Sample();
        File.WriteAllText(Path.Combine(site.Root, "a-file.txt"), "not a folder");

        var run = Cli.Run(site.Root, "build", "--input", site.Input, "--theme", Repo.Theme, "--output", Path.Combine(site.Root, "a-file.txt", "site"), "--no-search");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("a-file.txt", line);
        Assert.DoesNotContain("   at ", run.StandardError);
    }

    /// <summary>Makes <paramref name="parent"/> refuse the build's writes; disposing undoes it.</summary>
    private static IDisposable Block(string blocker, string parent, out string blockedPath)
    {
        // Root ignores a read-only mode: there, block the staging folder's creation with a file of that name instead.
        if (blocker == "read-only parent folder" && !OperatingSystem.IsWindows() && ReadOnly(parent) is { } undo)
        {
            blockedPath = parent;
            return undo;
        }
        blockedPath = Path.Combine(parent, ".site.staging");
        var staging = blockedPath;
        File.WriteAllText(staging, "a file where the build wants a folder");
        return new Undo(() => File.Delete(staging));
    }

    /// <summary>Takes write permission away from <paramref name="folder"/>; null if that does not stop writes here.</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static IDisposable? ReadOnly(string folder)
    {
        var mode = File.GetUnixFileMode(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var undo = new Undo(() => File.SetUnixFileMode(folder, mode));
        if (WritesAreRefused(folder)) return undo;
        undo.Dispose();
        return null;
    }

    private static bool WritesAreRefused(string folder)
    {
        var probe = Path.Combine(folder, ".write-probe");
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    private sealed class Undo(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
