using HipMobility.Tests.Support;

namespace HipMobility.Tests;

/// <summary>When the command line runs <c>npm ci</c> before a build: only when node_modules lacks what package-lock.json lists.</summary>
public class NpmProjectTests
{
    [Fact]
    public void Npm_ci_is_needed_when_node_modules_is_missing_or_older_than_the_lockfile_and_not_without_a_lockfile()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp.Sub("package.json"), "{}");
        Assert.False(NpmProject.NeedsInstall(temp.Path)); // nothing for npm ci to install from

        File.WriteAllText(temp.Sub("package-lock.json"), "{}");
        Assert.True(NpmProject.NeedsInstall(temp.Path));

        Directory.CreateDirectory(temp.Sub("node_modules"));
        var installed = temp.Sub("node_modules", ".package-lock.json");
        File.WriteAllText(installed, "{}");
        File.SetLastWriteTimeUtc(temp.Sub("package-lock.json"), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(installed, new DateTime(2026, 1, 1, 0, 0, 1, DateTimeKind.Utc));
        Assert.False(NpmProject.NeedsInstall(temp.Path));

        // A pull that changed the packages.
        File.SetLastWriteTimeUtc(temp.Sub("package-lock.json"), new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.True(NpmProject.NeedsInstall(temp.Path));
    }

    [Fact]
    public void The_project_is_the_nearest_folder_above_with_a_package_json()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp.Sub("a", "b", "c"));
        File.WriteAllText(temp.Sub("a", "package.json"), "{}");

        Assert.Equal(temp.Sub("a"), NpmProject.FindRoot(temp.Sub("a", "b", "c")));
        Assert.Equal(Repo.Root, NpmProject.FindRoot(Repo.Theme));
    }
}
