using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Faults;

/// <summary>Two builds writing the same output: the second is refused with <see cref="BuildLockedException"/>, the output stays whole.</summary>
public class ConcurrentBuildTests
{
    [Fact]
    public void A_build_started_while_another_holds_the_output_gets_the_lock_error_and_changes_nothing()
    {
        using var site = SiteCopy.Sample();
        Assert.True(site.Build().Succeeded);
        var before = site.Snapshot();
        site.Replace("poses/pigeon.md", "title: Pigeon", "title: Pigeon, changed");

        using (StagedSite.Begin(site.Output))
        {
            var e = Assert.Throws<BuildLockedException>(() => site.Build());
            Assert.Contains(".site.lock", e.Message);
        }

        AssertSame(before, site.Snapshot());
    }

    [Fact]
    public void Two_builds_started_at_once_leave_one_complete_site_and_refuse_only_with_the_lock_error()
    {
        using var site = SiteCopy.Sample();
        var expectedOutput = Path.Combine(site.Root, "expected");
        Assert.True(site.Build(expectedOutput).Succeeded);
        var expected = site.Snapshot(expectedOutput);

        // Both builds render at the same time and reach the write stage close together; the lock decides. Racing a few
        // times makes it all but certain that one round sees the lock taken.
        var locked = 0;
        for (var round = 0; round < 12 && (locked == 0 || round < 3); round++)
        {
            using var start = new Barrier(2);
            var outcomes = new Exception?[2];
            var builds = Enumerable.Range(0, 2).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                outcomes[i] = Record.Exception(() => Assert.True(site.Build().Succeeded));
            })).ToList();
            builds.ForEach(t => t.Start());
            builds.ForEach(t => t.Join());

            Assert.All(outcomes, e => Assert.True(e is null or BuildLockedException, $"round {round}: {e}"));
            Assert.Contains(outcomes, e => e is null);
            locked += outcomes.Count(e => e is BuildLockedException);
            AssertSame(expected, site.Snapshot());
            Assert.DoesNotContain(site.StrayFiles(), f => !f.StartsWith("expected/", StringComparison.Ordinal));
        }
        Assert.True(locked > 0, "in 12 rounds the two builds never overlapped at the write stage");
    }

    private static void AssertSame(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(actual[kv.Key]), $"{kv.Key} differs"));
    }
}
