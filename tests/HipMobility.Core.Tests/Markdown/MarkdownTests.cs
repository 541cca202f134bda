using HipMobility.Markdown;
using HipMobility.Markdown.CrossLinks;
using Markdig;
using Markdig.Syntax;

namespace HipMobility.Tests.Markdown;

public class MarkdownTests
{
    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, GuideMarkdown.Pipeline);

    [Theory]
    [InlineData("[[pigeon]]", "pigeon", null, null)]
    [InlineData("[[pigeon|the pigeon]]", "pigeon", null, "the pigeon")]
    [InlineData("[[pigeon#modified]]", "pigeon", "modified", null)]
    [InlineData("[[pigeon#modified|on a block]]", "pigeon", "modified", "on a block")]
    public void Cross_links_are_parsed_with_target_fragment_and_label(string text, string id, string? fragment, string? label)
    {
        var link = Markdig.Markdown.Parse(text, GuideMarkdown.Pipeline).Descendants<CrossLinkInline>().Single();
        Assert.Equal((id, fragment, label), (link.TargetId, link.Fragment, link.Label));
    }

    [Fact]
    public void A_cross_link_keeps_its_source_column()
    {
        var link = Markdig.Markdown.Parse("Try the [[pigeon]].", GuideMarkdown.Pipeline).Descendants<CrossLinkInline>().Single();
        Assert.Equal((0, 8), (link.Line, link.Column));
    }

    [Fact]
    public void A_normal_markdown_link_is_not_a_cross_link() =>
        Assert.Empty(Markdig.Markdown.Parse("[text](/x/)", GuideMarkdown.Pipeline).Descendants<CrossLinkInline>());

    [Fact]
    public void An_unresolved_cross_link_renders_as_plain_text() =>
        Assert.Equal("<p>pigeon</p>", Html("[[pigeon]]").Trim());

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <img src=x onerror=alert(1)> there")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<style>body{display:none}</style>")]
    public void Raw_html_is_escaped_never_passed_through(string markdown)
    {
        var html = Html(markdown);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<style", html);
        Assert.Contains("&lt;", html);
    }

    [Fact]
    public void Html_comments_are_notes_for_contributors_and_are_not_rendered()
    {
        Assert.DoesNotContain("note", Html("<!-- note -->\n\nText <!-- inline note --> here."));
        Assert.Contains("Text  here.", Html("Text <!-- inline note --> here."));
    }

    [Fact]
    public void Headings_get_ids_for_fragment_links() =>
        Assert.Contains("id=\"why-it-helps\"", Html("## Why it helps"));
}
