using System.Reflection;
using System.Text;
using HipMobility.Pipeline;
using HipMobility.Rendering;
using HipMobility.Tests.Support;
using HipMobility.Theme;

namespace HipMobility.Tests.Theme;

/// <summary>
/// The whole theme against the whole guide: the real <c>input/</c> built with the real <c>theme/</c> renders every
/// layout with every kind of page it serves, and strict templates mean any name a template gets wrong on any of those
/// pages fails the build. Run on every test run, so a theme change is checked against real content.
/// </summary>
public class WholeThemeTests : IClassFixture<WholeThemeTests.Guide>
{
    /// <summary>The real guide with one redirect added (it has none of its own), built with an edit link on every page.</summary>
    public sealed class Guide : IDisposable
    {
        private readonly SiteCopy _copy = SiteCopy.Guide();

        public Guide()
        {
            _copy.Replace("routines/five-minute-evening.md", "redirect_from: []", "redirect_from: [\"/routines/evening/\"]");
            Report = SiteBuild.Run(_copy.Input, Repo.Theme, _copy.Output,
                new SiteOptions("https://example.org/guide/", EditUrlBase: "https://example.org/edit/main"));
            Pages = Directory.EnumerateFiles(_copy.Output, "*.html", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(_copy.Output, f).Replace('\\', '/'), File.ReadAllText);
        }

        public BuildReport Report { get; }

        public IReadOnlyDictionary<string, string> Pages { get; }

        public void Dispose() => _copy.Dispose();
    }

    private readonly Guide _guide;

    public WholeThemeTests(Guide guide) => _guide = guide;

    [Fact]
    public void The_real_guide_builds_with_the_real_theme_without_a_theme_error()
    {
        Assert.True(_guide.Report.Succeeded, string.Join("\n", _guide.Report.Diagnostics));
        Assert.Contains("<main><h1>This page has moved</h1>", _guide.Pages["routines/evening/index.html"]);
        Assert.True(_guide.Pages.Count > 80);
    }

    /// <summary>Each kind of page and the layout it is rendered with, told apart by markup only that layout writes.</summary>
    [Theory]
    [InlineData("pose", "<body class=\"type-pose\">")]
    [InlineData("pose, with variants", "<table class=\"variants stack\">")]
    [InlineData("muscle", "<body class=\"type-muscle\">")]
    [InlineData("routine", "<body class=\"type-routine\">")]
    [InlineData("routine-print", "<body class=\"type-print\">")]
    [InlineData("page, the home page", "<article class=\"page home\"")]
    [InlineData("page, a free page", "<article class=\"page\"")]
    [InlineData("list, compact", "<article class=\"list list-compact\"")]
    [InlineData("list, cards", "<article class=\"list list-cards\"")]
    [InlineData("list, routines", "<article class=\"list list-routines\"")]
    [InlineData("list, with the clickable body map", "<figure class=\"body-map body-map-links\"")]
    [InlineData("list, with a callout", "<section class=\"callout\"")]
    [InlineData("finder", "<body class=\"type-finder\">")]
    [InlineData("search", "<body class=\"type-search\">")]
    [InlineData("handout", "<body class=\"type-handout\">")]
    [InlineData("play", "<body class=\"type-play\">")]
    [InlineData("404", "<body class=\"type-404\">")]
    [InlineData("precaution", "<body class=\"type-precaution\">")]
    [InlineData("redirect", "<main><h1>This page has moved</h1>")]
    [InlineData("footer, with an edit link", ">Edit this page</a>")]
    public void Every_kind_of_page_is_rendered_by_its_layout(string kind, string markup)
    {
        Assert.True(_guide.Pages.Values.Any(page => page.Contains(markup, StringComparison.Ordinal)), $"no page of the guide is a {kind} page");
    }

    [Fact]
    public void Every_layout_of_the_theme_is_one_the_guide_renders()
    {
        var rendered = new[] { "base", "pose", "muscle", "routine", "routine-print", "play", "page", "list", "finder", "search", "handout", "404", "redirect", "precaution" };
        Assert.Equal(rendered.Order(), ThemeFiles.Load(Repo.Theme).Layouts.Keys.Order());
    }

    /// <summary>A property added to a view model but not listed in its fields would be out of the theme's reach.</summary>
    [Fact]
    public void Every_public_property_of_every_view_model_is_a_field_under_its_snake_case_name()
    {
        var models = typeof(PageRenderer).Assembly.GetTypes()
            .Where(t => typeof(IThemeModel).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false }).ToList();
        Assert.True(models.Count > 20);
        foreach (var type in models)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var model = (IThemeModel)constructor.Invoke(constructor.GetParameters().Select(p => Placeholder(p.ParameterType)).ToArray());
            var fields = ThemeObject.Of(model)!;
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => SnakeCase(p.Name)).Order().ToList();
            Assert.Equal(properties, fields.Keys.Order().ToList());
        }
    }

    private static object? Placeholder(Type type) =>
        type == typeof(string) ? "x"
        : type == typeof(Html) ? new Html("<b>x</b>")
        : type.IsValueType ? Activator.CreateInstance(type)
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? Array.CreateInstance(type.GetGenericArguments()[0], 0)
        : null;

    private static string SnakeCase(string name)
    {
        var snake = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && snake.Length > 0) snake.Append('_');
            snake.Append(char.ToLowerInvariant(c));
        }
        return snake.ToString();
    }
}
