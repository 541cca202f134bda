using HipMobility.Figures;
using HipMobility.Tests.Support;
using SkiaSharp;

namespace HipMobility.Tests.Rendering;

/// <summary>
/// The picture a shared link shows (<c>og:image</c>): with <c>--share-images</c>, each pose with a figure gets it painted
/// as a PNG from the same marks as its SVG, and its page names it; without, nothing is painted and no page names one.
/// </summary>
public class SharePictureTests
{
    private static readonly Lazy<SiteCopy> Shared = new(() => Built(share: true));
    private static readonly Lazy<SiteCopy> Plain = new(() => Built(share: false));

    private static SiteCopy Built(bool share)
    {
        var copy = SiteCopy.Guide();
        var report = copy.Build(o => o with { ShareImages = share });
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        return copy;
    }

    private static string PosePage(SiteCopy copy, string id) => File.ReadAllText(Path.Combine(copy.Output, "poses", id, "index.html"));

    [Fact]
    public void A_pose_page_names_its_figure_s_PNG_as_its_og_image_with_an_absolute_address_size_and_description()
    {
        var page = PosePage(Shared.Value, "bridge");
        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/figures/bridge.png\">", page);
        Assert.Contains("<meta property=\"og:image:width\" content=\"1200\">", page);
        Assert.Contains("<meta property=\"og:image:height\" content=\"630\">", page);
        Assert.Contains("<meta property=\"og:image:alt\" content=\"Start: ", page);
    }

    [Fact]
    public void The_PNG_is_a_1200_by_630_picture_of_the_figure_in_the_theme_s_light_colours()
    {
        using var bitmap = SKBitmap.Decode(Path.Combine(Shared.Value.Output, "figures", "bridge.png"));
        Assert.NotNull(bitmap);
        Assert.Equal((1200, 630), (bitmap.Width, bitmap.Height));
        var palette = FigurePalette.FromCss(File.ReadAllText(Path.Combine(Repo.Theme, "figure.css")));
        Assert.Equal(palette.Background, bitmap.GetPixel(0, 0));
        // The body is painted solid in the near limbs' colour (seen from the side, the far limbs lie behind the near
        // ones), on a floor line that runs most of the card's width in its own colour.
        var pixels = bitmap.Pixels;
        var body = pixels.Count(p => p == palette.Of("fig-near"));
        var floor = pixels.Count(p => p == palette.Of("fig-floor"));
        Assert.True(body > 20_000, $"only {body} pixels in the near limbs' colour");
        Assert.True(floor > 900, $"only {floor} pixels in the floor's colour");
    }

    [Fact]
    public void Only_poses_with_a_figure_get_a_PNG_and_their_pages_alone_name_one()
    {
        var root = Path.Combine(Shared.Value.Output, "figures");
        var pngs = Directory.EnumerateFiles(root, "*.png", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).ToHashSet();
        var svgs = Directory.EnumerateFiles(root, "*.svg", SearchOption.TopDirectoryOnly).Select(f => Path.GetFileNameWithoutExtension(f) + ".png").ToHashSet();
        Assert.True(pngs.Count > 20, $"only {pngs.Count} pictures");
        Assert.Equal(svgs.Order(), pngs.Order());
        var withoutFigure = Directory.EnumerateDirectories(Path.Combine(Shared.Value.Output, "poses")).Select(Path.GetFileName)
            .First(id => !pngs.Contains(id + ".png"))!;
        Assert.DoesNotContain("og:image", PosePage(Shared.Value, withoutFigure));
    }

    [Fact]
    public void Without_share_images_no_PNG_is_painted_and_no_page_names_one()
    {
        Assert.Empty(Directory.EnumerateFiles(Plain.Value.Output, "*.png", SearchOption.AllDirectories));
        Assert.DoesNotContain("og:image", PosePage(Plain.Value, "bridge"));
    }

    [Fact]
    public void The_palette_is_read_from_the_light_rules_of_the_figure_stylesheet_and_not_its_dark_ones()
    {
        var palette = FigurePalette.FromCss("""
            /* .fig-near { color: #ff0000; } in a comment is not a rule */
            .fig-near { color: #102030; }
            .fig-prop, .fig-floor { color: #405060; }
            .fig-gap { stroke: #fefefe; }
            @media screen and (prefers-color-scheme: dark) { .fig-near { color: #eeeeee; } }
            """);
        Assert.Equal(SKColor.Parse("#102030"), palette.Of("fig-near"));
        Assert.Equal(SKColor.Parse("#405060"), palette.Of("fig-floor"));
        Assert.Equal(SKColor.Parse("#fefefe"), palette.Background);
        Assert.Equal(SKColor.Parse("#102030"), palette.Of("fig-unknown"));
    }
}
