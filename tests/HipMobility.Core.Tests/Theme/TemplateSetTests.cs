using System.Text;
using HipMobility.Theme;

namespace HipMobility.Tests.Theme;

/// <summary>Pages are their layout inside <c>base</c>, rendered into a reused per-thread buffer and encoded from its chunks straight to UTF-8.</summary>
public class TemplateSetTests
{
    private static TemplateSet Templates(string frame = "<p>{{> @partial-block}}</p>") => new(
        new ThemeFiles(new Dictionary<string, string> { ["base"] = frame, ["text"] = "{{Text}}" }, new Dictionary<string, string>(), new Dictionary<string, byte[]>()),
        name => "/" + name);

    private sealed record Model(string Text);

    [Fact]
    public void Utf8_output_is_the_rendered_text_encoded_even_when_a_character_straddles_the_buffer_s_chunks()
    {
        var templates = Templates();
        // Emoji are surrogate pairs; at every offset one of them falls across a chunk boundary of the buffer.
        for (var offset = 0; offset < 4; offset++)
        {
            var text = new string('a', offset) + string.Concat(Enumerable.Repeat("🧘 é ", 20_000));
            var model = new Model(text);
            var rendered = templates.Render("text", model);
            Assert.Contains("🧘", rendered); // written as characters, not as entities: the pairs do reach the buffer
            Assert.Equal(Encoding.UTF8.GetBytes(rendered), templates.RenderUtf8("text", model));
        }
    }

    [Fact]
    public void A_small_page_rendered_after_a_very_large_one_holds_only_its_own_text()
    {
        var templates = Templates();
        templates.RenderPageUtf8("text", new Model(new string('x', 3_000_000)));
        Assert.Equal("<p>small</p>", Encoding.UTF8.GetString(templates.RenderPageUtf8("text", new Model("small"))));
    }

    [Fact]
    public void A_page_is_its_layout_written_where_base_has_its_partial_block()
    {
        Assert.Equal("<p>inside</p>", Encoding.UTF8.GetString(Templates().RenderPageUtf8("text", new Model("inside"))));
    }

    [Fact]
    public void A_base_layout_without_a_partial_block_is_a_theme_error_that_says_what_is_missing()
    {
        var error = Assert.Throws<ThemeException>(() => Templates("<p>{{{ContentHtml}}}</p>"));
        Assert.Contains("{{> @partial-block}}", error.Message);
        Assert.Contains("layouts/base.hbs", error.Message);
    }

    [Fact]
    public void Whitespace_control_on_the_partial_block_is_kept()
    {
        var page = Templates("<p>\n  {{~> @partial-block ~}}\n</p>").RenderPageUtf8("text", new Model("inside"));
        Assert.Equal("<p>inside</p>", Encoding.UTF8.GetString(page));
    }

    [Fact]
    public void Base_rendered_on_its_own_writes_nothing_where_a_layout_would_go()
    {
        Assert.Equal("<p></p>", Templates().Render("base", new Model("unused")));
        Assert.Equal("<p></p>", Encoding.UTF8.GetString(Templates().RenderPageUtf8("base", new Model("unused"))));
    }

    [Fact]
    public void Pages_of_different_layouts_rendered_one_after_another_each_get_their_own_layout()
    {
        var templates = new TemplateSet(new ThemeFiles(
            new Dictionary<string, string> { ["base"] = "[{{> @partial-block}}]", ["one"] = "1:{{Text}}", ["two"] = "2:{{Text}}" },
            new Dictionary<string, string>(), new Dictionary<string, byte[]>()), name => "/" + name);
        Assert.Equal("[1:a]", Encoding.UTF8.GetString(templates.RenderPageUtf8("one", new Model("a"))));
        Assert.Equal("[2:b]", Encoding.UTF8.GetString(templates.RenderPageUtf8("two", new Model("b"))));
        Assert.Equal("1:c", templates.Render("one", new Model("c")));
    }
}
