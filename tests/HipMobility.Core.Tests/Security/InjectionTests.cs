using System.Text;
using System.Text.Json;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Security;

/// <summary>
/// The sample site built twice through the real pipeline and theme: once as it is, once with script, event handlers,
/// dangerous URLs, frames, styles and raw HTML in every front-matter string and in Markdown bodies.
/// </summary>
public sealed class HostileSiteFixture : IDisposable
{
    /// <summary>Strings put into front matter; each is unique, so finding it anywhere in the output means it went out unescaped.</summary>
    public static readonly (string File, string Field, string Payload)[] FrontMatter =
    [
        ("poses/pigeon.md", "title: Pigeon", "<script>alert('pose-title')</script>"),
        ("poses/pigeon.md", "sanskrit: Eka Pada Rajakapotasana", "\"><img src=x onerror=alert('sanskrit')>"),
        ("poses/pigeon.md", "aliases: [sleeping pigeon]", "'><svg/onload=alert('alias')>"),
        ("poses/pigeon.md", "summary: A deep stretch for the back of the hip.", "</script><script>alert('pose-summary')</script>"),
        ("poses/pigeon.md", "cue: Keep the hips level.", "{{Page.Title}} {{{BodyHtml}}} <iframe src=//evil.example/cue></iframe>"),
        ("poses/pigeon.md", "  - Stop if you feel sharp pain.", "<style>body{display:none}</style> Stop if you feel sharp pain."),
        ("poses/pigeon.md", "    name: Modified pigeon on a block", "<a href=\"javascript:alert('variant')\">Modified</a>"),
        ("poses/pigeon.md", "    cue: Rest the hip on a block.", "javascript:alert('variant-cue')"),
        ("muscles/deep-hip-rotators.md", "title: Deep hip rotators", "<b onmouseover=alert('muscle-title')>Deep</b> rotators"),
        ("routines/evening.md", "title: Evening unwind", "\"><script>alert('routine-title')</script>"),
        ("routines/evening.md", "    note: Go slowly.", "<img src=x onerror=alert('step-note')>"),
        ("index.md", "title: Sample guide", "<script>alert('page-title')</script>"),
        ("index.md", "summary: A small site used by the tests.", "\" onfocus=\"alert('page-summary')\" autofocus=\""),
        ("sources.yml", "title: A test source article", "<img src=x onerror=alert('source-title')>"),
    ];

    /// <summary>Markdown put into the pose's body; Markdown cannot turn any of it into markup.</summary>
    public const string HostileBody = """

        <script>alert('body-script')</script>

        Some <img src=x onerror=alert('body-img')> text and <a href="javascript:alert('body-a')">a link</a>.

        <iframe src="https://evil.example/frame"></iframe>

        <style>body{display:none}</style>

        <svg><script>alert('body-svg')</script></svg>

        <details open ontoggle=alert('body-details')>x</details>

        <object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf"><base href="https://evil.example/">

        <form action="https://evil.example/"><input name=x></form>

        <meta http-equiv="refresh" content="0;url=https://evil.example/">

        ## "><script>alert('heading')</script>

        [link with a title](/poses/ "x\" onmouseover=\"alert('link-title')")

        ![alt" onerror="alert('image-alt')](/img.png)

        ```"><script>alert('fence')</script>
        code
        ```

        `<script>alert('code')</script>`

        [[low-lunge|<script>alert('cross-link-label')</script>]]

        [[deep-hip-rotators#"><script>alert('cross-link-fragment')</script>]]

        <!-- a comment --><script>alert('after-comment')</script>

        &lt;script&gt;alert('entity')&lt;/script&gt;
        """;

    public HostileSiteFixture()
    {
        using (var clean = SiteCopy.Sample())
        {
            Assert.True(clean.Build().Succeeded, "the sample site does not build");
            Baseline = Texts(clean.Snapshot());
        }
        Site = SiteCopy.Sample();
        foreach (var (file, field, payload) in FrontMatter)
        {
            var prefix = field.TrimStart().StartsWith('-') ? field[..(field.IndexOf('-') + 2)] : field[..(field.IndexOf(':') + 2)];
            var quoted = "'" + payload.Replace("'", "''") + "'";
            Site.Replace(file, field, prefix + (field.Contains(": [") ? "[" + quoted + "]" : quoted));
        }
        Site.Write("poses/pigeon.md", Site.Read("poses/pigeon.md") + HostileBody);
        Report = Site.Build();
        Pages = Report.Succeeded ? Texts(Site.Snapshot()) : [];
    }

    public SiteCopy Site { get; }

    public BuildReport Report { get; }

    /// <summary>The hostile site's output files as text, by path.</summary>
    public Dictionary<string, string> Pages { get; }

    /// <summary>The same site built from harmless content.</summary>
    public Dictionary<string, string> Baseline { get; }

    private static Dictionary<string, string> Texts(Dictionary<string, byte[]> files) =>
        files.Where(f => f.Key.EndsWith(".html") || f.Key.EndsWith(".xml") || f.Key.EndsWith(".txt") || f.Key == "_redirects")
            .ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);

    public void Dispose() => Site.Dispose();
}

public class InjectionTests(HostileSiteFixture site) : IClassFixture<HostileSiteFixture>
{
    private static readonly string[] ActiveElements =
        ["script", "iframe", "frame", "style", "object", "embed", "base", "form", "input", "meta", "link", "svg", "math", "details", "template", "textarea"];

    private IEnumerable<(string Path, string Html)> HtmlPages =>
        site.Pages.Where(p => p.Key.EndsWith(".html")).Select(p => (p.Key, p.Value));

    [Fact]
    public void A_site_full_of_hostile_strings_still_builds_with_raw_html_reported_as_warnings()
    {
        Assert.True(site.Report.Succeeded, string.Join("\n", site.Report.Diagnostics));
        Assert.Contains(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.RawHtml && d.Location.Path.EndsWith("poses/pigeon.md"));
    }

    [Fact]
    public void No_front_matter_string_reaches_any_output_file_unescaped()
    {
        foreach (var (file, _, payload) in HostileSiteFixture.FrontMatter)
            foreach (var (path, text) in site.Pages)
                Assert.False(text.Contains(payload, StringComparison.Ordinal), $"{path} contains the raw value from {file}: {payload}");
    }

    [Theory]
    [InlineData("poses/pigeon/index.html", "&lt;script&gt;alert(")]
    [InlineData("poses/index.html", "&lt;script&gt;alert(")]
    [InlineData("muscles/deep-hip-rotators/index.html", "&lt;b onmouseover")]
    [InlineData("routines/evening/index.html", "&quot;&gt;&lt;script&gt;alert(")]
    [InlineData("index.html", "&lt;script&gt;alert(")]
    public void A_hostile_title_is_shown_escaped_as_text(string page, string escaped)
    {
        Assert.Contains(escaped, site.Pages[page]);
    }

    [Fact]
    public void No_page_has_more_script_frame_style_form_or_other_active_elements_than_its_harmless_twin()
    {
        foreach (var (path, html) in HtmlPages)
        {
            var counts = HtmlScan.Elements(html).GroupBy(e => e.Name).ToDictionary(g => g.Key, g => g.Count());
            var baseline = site.Baseline.TryGetValue(path, out var clean)
                ? HtmlScan.Elements(clean).GroupBy(e => e.Name).ToDictionary(g => g.Key, g => g.Count())
                : [];
            foreach (var name in ActiveElements)
                Assert.True(counts.GetValueOrDefault(name) <= baseline.GetValueOrDefault(name),
                    $"{path} has {counts.GetValueOrDefault(name)} <{name}> elements, the harmless site {baseline.GetValueOrDefault(name)}");
        }
    }

    [Fact]
    public void Every_script_element_is_the_theme_s_own_script_or_structured_data()
    {
        foreach (var (path, html) in HtmlPages)
            foreach (var script in HtmlScan.Elements(html).Where(e => e.Name == "script"))
                Assert.True(script["src"] is { } src && src.Contains("/assets/") && script.Text.Length == 0 || script["type"] == "application/ld+json",
                    $"{path} has a script element the theme did not write: {script}");
    }

    [Fact]
    public void No_element_of_any_page_has_an_event_handler_attribute()
    {
        foreach (var (path, html) in HtmlPages)
            foreach (var element in HtmlScan.Elements(html))
                Assert.False(element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)),
                    $"{path}: <{element.Name}> has {string.Join(", ", element.Attributes.Where(a => a.Name.StartsWith("on")).Select(a => a.Name))}");
    }

    [Fact]
    public void No_link_or_source_url_in_any_page_can_run_script()
    {
        string[] urlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc", "content"];
        foreach (var (path, html) in HtmlPages)
            foreach (var element in HtmlScan.Elements(html))
                foreach (var (name, value) in element.Attributes.Where(a => urlAttributes.Contains(a.Name)))
                    Assert.False(HtmlScan.RunsScript(value) || HtmlScan.Normalised(value).Contains("url=javascript:"),
                        $"{path}: <{element.Name} {name}=\"{value}\">");
    }

    [Fact]
    public void Structured_data_cannot_be_closed_early_by_a_title_or_summary()
    {
        var pose = site.Pages["poses/pigeon/index.html"];
        var data = HtmlScan.Elements(pose).Where(e => e.Name == "script" && e["type"] == "application/ld+json").ToList();
        Assert.NotEmpty(data);
        foreach (var script in data)
        {
            Assert.DoesNotContain('<', script.Text);
            using var json = JsonDocument.Parse(script.Text);
            Assert.Contains(Strings(json.RootElement), s => s.Contains("<script>alert('pose-title')</script>", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Theory]
    [InlineData("&lt;script&gt;alert('body-script')&lt;/script&gt;")]
    [InlineData("&lt;img src=x onerror=alert('body-img')&gt;")]
    [InlineData("&lt;iframe src=&quot;https://evil.example/frame&quot;&gt;")]
    [InlineData("&lt;style&gt;body{display:none}&lt;/style&gt;")]
    [InlineData("&lt;details open ontoggle=alert('body-details')&gt;")]
    public void Raw_html_in_a_body_is_shown_as_text(string escaped)
    {
        Assert.Contains(escaped, site.Pages["poses/pigeon/index.html"]);
    }

    [Fact]
    public void A_cross_link_fragment_cannot_break_out_of_its_href()
    {
        var link = HtmlScan.Elements(site.Pages["poses/pigeon/index.html"])
            .Single(e => e.Name == "a" && e["href"] is { } href && href.StartsWith("/muscles/deep-hip-rotators/#", StringComparison.Ordinal));
        Assert.DoesNotContain('"', link["href"]!);
        Assert.DoesNotContain('<', link["href"]!);
    }
}
