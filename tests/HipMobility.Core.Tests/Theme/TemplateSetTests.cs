using System.Text;
using HipMobility.Theme;

namespace HipMobility.Tests.Theme;

/// <summary>
/// The engine seam: Scriban templates parsed once, a page as its layout inside <c>base</c>, text escaped as it enters
/// the model, strict names, no silent size limits, and theme errors as diagnostics with file, line and column.
/// </summary>
public class TemplateSetTests
{
    private const string Base = "<main>{{ include \"layouts/\" + layout }}</main>";

    /// <summary>A theme of the given layouts (and partials, named <c>partials/x</c>), with <c>base</c> unless one is given.</summary>
    private static TemplateSet Theme(params (string Name, string Text)[] templates)
    {
        var layouts = new Dictionary<string, string> { ["base"] = Base };
        var partials = new Dictionary<string, string>();
        foreach (var (name, text) in templates)
        {
            if (name.StartsWith("partials/", StringComparison.Ordinal)) partials[name["partials/".Length..]] = text;
            else layouts[name] = text;
        }
        return new TemplateSet(new ThemeFiles(layouts, partials, new Dictionary<string, byte[]> { ["site.css"] = [] }),
            name => name == "site.css" ? "/assets/site.0123456789.css" : throw new ThemeException($"no asset {name}"));
    }

    /// <summary>What the templates see: <c>model</c>.</summary>
    private sealed record Root(IThemeModel Model) : IThemeModel
    {
        string IThemeModel.ThemeName => "the template's names";
        void IThemeModel.WriteFields(ThemeObject fields) => fields.Object("model", Model);
    }

    private sealed record Sample(string Title, Html BodyHtml = default, IReadOnlyList<string>? Items = null,
        IReadOnlyDictionary<string, string>? Regions = null) : IThemeModel
    {
        string IThemeModel.ThemeName => "the sample page";

        void IThemeModel.WriteFields(ThemeObject fields) => fields.Text("title", Title).Raw("body_html", BodyHtml)
            .Texts("items", Items ?? []).Lookup("regions", Regions ?? new Dictionary<string, string>());
    }

    private static string Page(TemplateSet theme, string layout, Sample model) =>
        Encoding.UTF8.GetString(theme.RenderPageUtf8(layout, new Root(model)));

    private static string Render(string template, Sample model) => Theme(("page", template)).Render("page", new Root(model));

    private static ThemeException RenderError(string template, Sample model) =>
        Assert.Throws<ThemeException>(() => Render(template, model));

    [Fact]
    public void A_page_is_its_layout_written_where_base_includes_it()
    {
        Assert.Equal("<main><h1>Pigeon</h1></main>", Page(Theme(("pose", "<h1>{{ model.title }}</h1>")), "pose", new Sample("Pigeon")));
    }

    [Fact]
    public void Pages_of_different_layouts_rendered_one_after_another_each_get_their_own_layout()
    {
        var theme = Theme(("one", "1:{{ model.title }}"), ("two", "2:{{ model.title }}"));
        Assert.Equal("<main>1:a</main>", Page(theme, "one", new Sample("a")));
        Assert.Equal("<main>2:b</main>", Page(theme, "two", new Sample("b")));
        Assert.Equal("1:c", theme.Render("one", new Root(new Sample("c"))));
    }

    [Fact]
    public void A_base_that_never_includes_the_page_s_layout_is_a_theme_error()
    {
        var theme = new TemplateSet(new ThemeFiles(new Dictionary<string, string> { ["base"] = "<main></main>", ["pose"] = "x" },
            new Dictionary<string, string>(), new Dictionary<string, byte[]>()), name => name);
        var error = Assert.Throws<ThemeException>(() => theme.RenderPageUtf8("pose", new Root(new Sample("a"))));
        Assert.StartsWith("theme/layouts/base.sbn-html(1,1): error HM204: base never includes the page's layout", error.Message);
    }

    [Fact]
    public void A_theme_without_base_is_a_theme_error_that_names_the_missing_file()
    {
        var error = Assert.Throws<ThemeException>(() => new TemplateSet(new ThemeFiles(new Dictionary<string, string> { ["pose"] = "x" },
            new Dictionary<string, string>(), new Dictionary<string, byte[]>()), name => name));
        Assert.Equal("the theme has no theme/layouts/base.sbn-html", error.Message);
    }

    [Fact]
    public void A_typo_in_a_field_name_is_an_error_at_its_place_that_names_the_nearest_field()
    {
        var error = RenderError("<article>\n<h1>{{ model.tittle }}</h1>\n</article>", new Sample("Pigeon"));
        Assert.Equal("theme/layouts/page.sbn-html(2,14): error HM202: 'tittle' is not a field of the sample page. Did you mean 'title'?", error.Message);
    }

    [Fact]
    public void A_field_written_without_its_object_is_an_error_that_suggests_where_it_lives()
    {
        var error = RenderError("{{ title }}", new Sample("Pigeon"));
        Assert.Equal("theme/layouts/page.sbn-html(1,4): error HM202: 'title' is not a name a template knows. Did you mean 'model.title'?", error.Message);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_an_error_with_its_file_line_and_column()
    {
        var error = Assert.Throws<ThemeException>(() => Theme(("page", "<p>ok</p>\n<p>{{ for }}</p>")));
        Assert.StartsWith("theme/layouts/page.sbn-html(2,", error.Message);
        Assert.Contains("): error HM201: ", error.Message);
        Assert.Equal(2, error.Diagnostic!.Location.Line);
    }

    [Fact]
    public void A_block_left_open_is_an_error_that_names_its_file()
    {
        var error = Assert.Throws<ThemeException>(() => Theme(("partials/card", "{{ if model.title }}<p>")));
        Assert.Equal("theme/partials/card.sbn-html(1,21): error HM201: this 'if' block is never closed with {{ end }}.", error.Message);
    }

    [Fact]
    public void Text_in_the_model_is_html_escaped_as_handlebars_escaped_it()
    {
        Assert.Equal("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;q&quot; &#x60;a&#x3D;b&#x60; é 🧘",
            Render("{{ model.title }}", new Sample("<script>alert('x')</script> & \"q\" `a=b` é 🧘")));
    }

    [Fact]
    public void Text_in_a_list_is_html_escaped_too()
    {
        Assert.Equal("[&lt;b&gt;]", Render("{{ for item in model.items }}[{{ item }}]{{ end }}", new Sample("t", Items: ["<b>"])));
    }

    [Fact]
    public void Html_typed_values_are_written_as_they_are()
    {
        Assert.Equal("<p>A <em>body</em> &amp; more</p>", Render("{{ model.body_html }}", new Sample("t", new Html("<p>A <em>body</em> &amp; more</p>"))));
    }

    [Fact]
    public void An_empty_text_is_false_in_an_if_as_an_absent_one_is()
    {
        Assert.Equal("[]", Render("[{{ if model.title }}has a title{{ end }}]", new Sample("")));
    }

    [Fact]
    public void A_key_missing_from_a_lookup_reads_as_empty()
    {
        var model = new Sample("t", Regions: new Dictionary<string, string> { ["calf"] = "is-stretched" });
        Assert.Equal("is-stretched|", Render("{{ model.regions[\"calf\"] }}|{{ model.regions[\"spine\"] }}", model));
    }

    [Fact]
    public void A_loop_of_20000_items_renders_whole()
    {
        var items = Enumerable.Range(0, 20_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var text = Render("{{ for item in model.items }}<li>{{ item }}</li>{{ end }}", new Sample("t", Items: items));
        Assert.Equal(string.Concat(items.Select(i => $"<li>{i}</li>")), text);
    }

    [Fact]
    public void An_output_over_2_MB_renders_whole()
    {
        var title = new string('x', 3_000_000);
        var bytes = Theme(("page", "<h1>{{ model.title }}</h1>")).RenderPageUtf8("page", new Root(new Sample(title)));
        Assert.Equal(3_000_000 + "<main><h1></h1></main>".Length, bytes.Length);
    }

    [Fact]
    public void Asset_gives_the_hashed_url_of_a_theme_asset()
    {
        Assert.Equal("/assets/site.0123456789.css", Render("{{ asset \"site.css\" }}", new Sample("t")));
    }

    [Fact]
    public void An_asset_that_is_not_in_the_theme_is_an_error_at_its_call()
    {
        var error = RenderError("\n  {{ asset \"missing.js\" }}", new Sample("t"));
        Assert.Equal("theme/layouts/page.sbn-html(2,6): error HM204: there is no asset 'missing.js' in theme/assets/.", error.Message);
    }

    [Fact]
    public void A_partial_gets_its_arguments_by_name()
    {
        var theme = Theme(("page", "{{ include \"card\" heading: model.title }}"), ("partials/card", "<h2>{{ $heading }}</h2>"));
        Assert.Equal("<h2>&lt;Pigeon&gt;</h2>", theme.Render("page", new Root(new Sample("<Pigeon>"))));
    }

    [Fact]
    public void Including_a_partial_that_does_not_exist_is_an_error_that_names_the_nearest_one()
    {
        var theme = Theme(("page", "{{ include \"hedaer\" }}"), ("partials/header", "<header></header>"));
        var error = Assert.Throws<ThemeException>(() => theme.Render("page", new Root(new Sample("t"))));
        Assert.Equal("theme/layouts/page.sbn-html(1,4): error HM204: there is no template 'hedaer' (theme/partials/hedaer.sbn-html). Did you mean 'header'?", error.Message);
    }

    [Fact]
    public void An_error_inside_a_partial_points_into_the_partial()
    {
        var theme = Theme(("page", "<p>\n{{ include \"card\" }}"), ("partials/card", "\n\n{{ model.titel }}"));
        var error = Assert.Throws<ThemeException>(() => theme.Render("page", new Root(new Sample("t"))));
        Assert.StartsWith("theme/partials/card.sbn-html(3,10): error HM202: 'titel' is not a field of the sample page", error.Message);
    }

    [Fact]
    public void Scriban_s_built_in_functions_are_not_part_of_the_theme_s_language()
    {
        var error = RenderError("{{ model.title | string.upcase }}", new Sample("t"));
        Assert.Contains("error HM202: 'string' is not a name a template knows", error.Message);
    }

    [Fact]
    public void A_template_cannot_change_the_model()
    {
        var error = RenderError("{{ model.title = \"other\" }}", new Sample("t"));
        Assert.Contains("error HM205", error.Message);
    }

    [Fact]
    public void A_missing_member_of_a_list_is_an_error_that_says_what_a_list_has()
    {
        var error = RenderError("{{ model.items.count }}", new Sample("t"));
        Assert.Contains("error HM202: 'count' is not a field of a list: a list has 'size'", error.Message);
    }

    [Fact]
    public void A_variable_one_page_sets_is_gone_on_the_next_page()
    {
        var theme = Theme(("pose", "{{ if model.title == \"first\" }}{{ note = \"left over\" }}{{ end }}{{ model.title }}"),
            ("check", "{{ note }}"));
        Page(theme, "pose", new Sample("first"));
        var error = Assert.Throws<ThemeException>(() => Page(theme, "check", new Sample("second")));
        Assert.Contains("error HM202: 'note' is not a name a template knows", error.Message);
    }

    [Fact]
    public void A_page_after_a_failed_page_renders_as_it_would_alone()
    {
        var theme = Theme(("pose", "{{ include \"card\" heading: model.title }}"), ("partials/card", "<h2>{{ $heading }}{{ model.titel }}</h2>"),
            ("ok", "{{ include \"plain\" heading: model.title }}"), ("partials/plain", "<h2>{{ $heading }}</h2>"));
        Assert.Throws<ThemeException>(() => Page(theme, "pose", new Sample("broken")));
        Assert.Equal("<main><h2>Pigeon</h2></main>", Page(theme, "ok", new Sample("Pigeon")));
    }

    [Fact]
    public void A_partial_s_arguments_do_not_outlive_the_partial()
    {
        var theme = Theme(("page", "{{ include \"card\" heading: model.title }}[{{ $heading }}]"), ("partials/card", "<h2>{{ $heading }}</h2>"));
        var error = Assert.Throws<ThemeException>(() => theme.Render("page", new Root(new Sample("Pigeon"))));
        Assert.Contains("(1,46): error HM202: '$heading' is not a name a template knows", error.Message);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_a_theme_error_not_a_crash()
    {
        var theme = Theme(("page", "{{ include \"loop\" }}"), ("partials/loop", "x{{ include \"loop\" }}"));
        var error = Assert.Throws<ThemeException>(() => theme.Render("page", new Root(new Sample("t"))));
        Assert.Contains("theme/partials/loop.sbn-html", error.Message);
    }
}
