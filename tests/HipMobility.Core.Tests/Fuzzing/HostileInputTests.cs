using System.Diagnostics;
using System.Text;
using HipMobility.Diagnostics;
using HipMobility.Markdown;
using HipMobility.Pipeline;
using HipMobility.Tests.Support;
using Markdig;
using HipMobility.Markdown.CrossLinks;
using HipMobility.Markdown.SafeHtml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace HipMobility.Tests.Fuzzing;

/// <summary>The limits and fixes the fuzzing led to, one behaviour each.</summary>
public class HostileInputTests
{
    private static (ParsedDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string path = "poses/low-lunge.md")
    {
        var bag = new DiagnosticBag();
        var document = ParseStage.ParseDocument(InMemorySite.File(path, text), InMemorySite.Urls, bag);
        return (document, bag.Sorted());
    }

    private static string PoseWithBody(string body) => InMemorySite.Pose(body: "1. Kneel.\n\n" + body);

    /// <summary>The 1-based line of <paramref name="file"/> that is <paramref name="line"/>.</summary>
    private static int LineOf(string file, string line) => file.Split('\n').ToList().IndexOf(line) + 1;

    // ---- file size ----

    [Fact]
    public void A_file_over_the_size_limit_is_reported_at_its_first_line_without_being_read()
    {
        var huge = PoseWithBody(new string('x', ParseStage.MaxFileBytes));

        var (document, diagnostics) = Parse(huge);

        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.LimitExceeded, 1, 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("at most 128 KB", error.Message);
    }

    [Fact]
    public void A_file_just_under_the_size_limit_is_read()
    {
        var pose = PoseWithBody("");
        var big = PoseWithBody(new string('x', ParseStage.MaxFileBytes - Encoding.UTF8.GetByteCount(pose) - 1));

        Assert.NotNull(Parse(big).Document);
    }

    // ---- Markdown nesting ----

    public static TheoryData<string, string> NestingKinds => new()
    {
        { "quotes", ">" },
        { "lists", "- " },
        { "ordered lists", "1. " },
        { "quoted lists", "> - " },
    };

    [Theory]
    [MemberData(nameof(NestingKinds))]
    public void Markdown_nested_past_the_limit_is_reported_at_its_line(string kind, string marker)
    {
        var deep = string.Concat(Enumerable.Repeat(marker, MarkdownNesting.Limit + 5)) + "deep";
        var pose = PoseWithBody("Intro.\n\n" + deep);

        var (document, diagnostics) = Parse(pose);

        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.True(error.Code == DiagnosticCodes.LimitExceeded && error.Location.Line == LineOf(pose, deep), $"{kind}: {error}");
    }

    [Theory]
    [InlineData(">", 1_000)]
    [InlineData("- ", 1_000)]
    [InlineData("[", 20_000)]
    [InlineData("*", 20_000)]
    public void Markdown_nested_past_markdigs_own_limit_is_reported_at_its_paragraph_not_thrown(string marker, int depth)
    {
        var closing = marker switch { "[" => "]", "*" => "*", _ => "" };
        var deep = string.Concat(Enumerable.Repeat(marker, depth)) + "deep" + string.Concat(Enumerable.Repeat(closing, depth));
        var pose = PoseWithBody("Intro.\n\n" + deep + "\n\nOutro.");

        var (document, diagnostics) = Parse(pose);

        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.LimitExceeded, LineOf(pose, deep)), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Markdown_nested_past_markdigs_own_limit_inside_a_long_paragraph_is_reported_at_its_own_line()
    {
        var deep = string.Concat(Enumerable.Repeat("1. ", 1_000)) + "deep";
        var pose = PoseWithBody(string.Join('\n', Enumerable.Repeat("Some text.", 50).Append(deep).Concat(Enumerable.Repeat("More text.", 50))));

        var error = Assert.Single(Parse(pose).Diagnostics);

        Assert.Equal((DiagnosticCodes.LimitExceeded, LineOf(pose, deep)), (error.Code, error.Location.Line));
    }

    public static TheoryData<string> NestableMarkers => [">", "- ", "1. ", "> - ", "*", "_", "[", "![", "[[", "**"];

    [Theory]
    [MemberData(nameof(NestableMarkers))]
    public void The_deepest_markdown_the_limit_lets_through_renders(string marker)
    {
        // Grow the nesting until the parse stage refuses it; the last accepted depth must render with the guide's pipeline.
        string? deepestAccepted = null;
        for (var depth = 1; depth <= 80; depth++)
        {
            var closing = marker switch { "*" => "*", "_" => "_", "**" => "**", "[" or "![" => "](/x)", "[[" => "]]", _ => "" };
            var text = string.Concat(Enumerable.Repeat(marker, depth)) + "x" + string.Concat(Enumerable.Repeat(closing, depth));
            if (Parse(PoseWithBody(text)).Document is null) break;
            deepestAccepted = text;
        }
        Assert.NotNull(deepestAccepted);

        // The parse stage renders each body it accepts, with the guide's pipeline.
        Assert.NotEmpty(Parse(PoseWithBody(deepestAccepted)).Document!.Body.Html);
    }

    // ---- heading ids ----

    [Fact]
    public void Heading_ids_are_the_ones_markdigs_auto_identifiers_give()
    {
        // The guide's pipeline as it was, with Markdig's own auto-identifiers.
        var markdig = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).UseCrossLinks().UseEscapedHtml().Build();
        var tricky = """
            # Notes
            ## Notes
            ## Notes-1
            ## Notes
            ### notes-1
            ## Why *it* helps: `code`, [a link](/x) & more!
            ## Ünïcödé — dashes – and ‘quotes’
            ##
            ## 1. Numbered
            ## [[pigeon]] and [[pigeon|label]]
            ## <b>html</b>
            Setext heading
            ==============
            Setext heading
            --------------
            ## section
            ## 
            """;
        var bodies = Directory.EnumerateFiles(Repo.Path("input"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).Append(tricky);

        foreach (var body in bodies)
        {
            var ours = Ids(Markdig.Markdown.Parse(body, GuideMarkdown.Pipeline));
            var theirs = Ids(Markdig.Markdown.Parse(body, markdig));
            Assert.Equal(theirs, ours);
        }
    }

    private static List<string?> Ids(MarkdownDocument document) => document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();

    [Fact]
    public void Thousands_of_equal_headings_get_unique_ids_in_linear_time()
    {
        var body = string.Concat(Enumerable.Repeat("## Notes\n", 20_000));

        var clock = Stopwatch.StartNew();
        var ids = Ids(Markdig.Markdown.Parse(body, GuideMarkdown.Pipeline));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed.TotalSeconds:F1} s (Markdig's own ids take minutes)");
        Assert.Equal(20_000, ids.Distinct().Count());
        Assert.Equal(["notes", "notes-1", "notes-2"], ids.Take(3));
        Assert.Equal("notes-19999", ids[^1]);
    }

    // ---- cross-links ----

    [Theory]
    [InlineData("[", "]")]
    [InlineData("[[", "]]")]
    public void A_long_run_of_brackets_is_parsed_without_copying_the_paragraph_for_each_bracket(string open, string close)
    {
        var text = string.Concat(Enumerable.Repeat(open, 1_500)) + "x" + string.Concat(Enumerable.Repeat(close, 1_500));

        var before = GC.GetAllocatedBytesForCurrentThread();
        Markdig.Markdown.Parse(text, GuideMarkdown.Pipeline);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 200L * text.Length * sizeof(char), $"parsing {text.Length} characters allocated {allocated / 1024 / 1024} MB");
    }

    [Theory]
    [InlineData("[[pigeon]]", "pigeon")]
    [InlineData("[[a]b]]", "a]b")]
    [InlineData("[[pigeon|the [pigeon]]", null)]
    [InlineData("[[pigeon\nx]]", null)]
    [InlineData("[[]]", null)]
    [InlineData("[[pigeon]", null)]
    public void A_cross_link_ends_at_the_first_double_bracket_of_its_line(string text, string? target)
    {
        var link = Markdig.Markdown.Parse(text, GuideMarkdown.Pipeline).Descendants<CrossLinkInline>().SingleOrDefault();
        Assert.Equal(target, link?.TargetId);
    }

    // ---- front matter ----

    [Theory]
    [InlineData("title: Low lunge", "title: \" \"", "title")]
    [InlineData("title: Low lunge", "title: \"\\t\"", "title")]
    [InlineData("summary: A stretch.", "summary: '   '", "summary")]
    [InlineData("cautions: [Stop if you feel sharp pain.]", "cautions: [' ', '']", "cautions")]
    public void A_required_field_that_is_only_white_space_is_reported_empty(string field, string blank, string name)
    {
        var errors = InMemorySite.Errors(
            InMemorySite.File("muscles/hip-flexors.md", InMemorySite.Muscle),
            InMemorySite.File("poses/low-lunge.md", InMemorySite.Pose().Replace(field, blank)));

        Assert.Contains(errors, e => e.Contains(DiagnosticCodes.MissingRequired) && e.Contains($"required field '{name}' is empty"));
    }

    [Fact]
    public void A_flow_list_left_open_is_reported_at_its_bracket_not_thrown()
    {
        var (document, diagnostics) = Parse(InMemorySite.Pose().Replace("movements: [hip-extension]", "movements: [hip-extension"));

        Assert.Null(document);
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MalformedYaml, 6, 12), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void An_alias_bomb_in_front_matter_is_reported_as_malformed_yaml_at_once()
    {
        var bomb = "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
                   string.Join("\n", Enumerable.Range(1, 9).Select(i => $"lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]"));

        var clock = Stopwatch.StartNew();
        var (document, diagnostics) = Parse(InMemorySite.Pose(extra: bomb));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Null(document);
        Assert.Equal(DiagnosticCodes.MalformedYaml, Assert.Single(diagnostics).Code);
    }
}
