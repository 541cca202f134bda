using HipMobility.Tests.Support;
using HipMobility.Theme;

namespace HipMobility.Tests.Theme;

/// <summary>theme/vendor.txt: npm files served as assets, taken from the node_modules beside the nearest package.json.</summary>
public class ThemeFilesTests
{
    private static string Project(TempDir temp, string vendorList)
    {
        File.WriteAllText(temp.Sub("package.json"), "{}");
        var theme = temp.Sub("site", "theme");
        Directory.CreateDirectory(System.IO.Path.Combine(theme, "assets"));
        File.WriteAllText(System.IO.Path.Combine(theme, "assets", "site.css"), "body{}");
        File.WriteAllText(System.IO.Path.Combine(theme, ThemeFiles.VendorListFile), vendorList);
        return theme;
    }

    [Fact]
    public void A_listed_npm_file_is_an_asset_under_its_own_name_and_content_hashed()
    {
        using var temp = new TempDir();
        var theme = Project(temp, "# comment\n\nlib/dist/lib.js   lib.js  # the library\n");
        Directory.CreateDirectory(temp.Sub("node_modules", "lib", "dist"));
        File.WriteAllText(temp.Sub("node_modules", "lib", "dist", "lib.js"), "var lib = 1;");

        var files = ThemeFiles.Load(theme);

        Assert.Equal(["lib.js", "site.css"], files.Assets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("var lib = 1;"u8.ToArray(), files.Assets["lib.js"]);
        Assert.Matches(@"^assets/lib\.[0-9a-f]{10}\.js$", new HashedAssets(files.Assets).PathOf("lib.js"));
    }

    [Fact]
    public void A_listed_file_that_is_not_installed_says_to_run_npm_ci()
    {
        using var temp = new TempDir();
        var theme = Project(temp, "lib/dist/lib.js lib.js\n");

        var error = Assert.Throws<ThemeException>(() => ThemeFiles.Load(theme));

        Assert.Contains("theme/vendor.txt, line 1", error.Message);
        Assert.Contains("run 'npm ci' in " + temp.Path, error.Message);
    }

    [Theory]
    [InlineData("../outside.js lib.js")]
    [InlineData("lib/../../outside.js lib.js")]
    [InlineData("lib/dist/lib.js ../lib.js")]
    [InlineData("/etc/passwd lib.js")]
    [InlineData("lib\\dist\\lib.js lib.js")]
    [InlineData("lib/dist/lib.js")]
    [InlineData("lib/dist/lib.js site.css")]
    public void A_line_that_leaves_node_modules_or_assets_or_is_incomplete_or_takes_a_theme_asset_s_name_is_refused(string line)
    {
        using var temp = new TempDir();
        var theme = Project(temp, line + "\n");
        Directory.CreateDirectory(temp.Sub("node_modules", "lib", "dist"));
        File.WriteAllText(temp.Sub("node_modules", "lib", "dist", "lib.js"), "var lib = 1;");

        var error = Assert.Throws<ThemeException>(() => ThemeFiles.Load(theme));

        Assert.StartsWith("theme/vendor.txt, line 1: ", error.Message);
    }

    [Fact]
    public void The_guide_s_theme_serves_qrcode_generator_from_node_modules()
    {
        var files = ThemeFiles.Load(Repo.Theme);

        Assert.Equal(File.ReadAllBytes(Repo.Path("node_modules", "qrcode-generator", "dist", "qrcode.js")), files.Assets["qrcode.js"]);
        Assert.False(files.Assets.ContainsKey("qr.js"));
    }
}
