using HipMobility.Content;
using HipMobility.Diagnostics;
using HipMobility.Pipeline;
using HipMobility.Tests.Support;

namespace HipMobility.Tests.Pipeline;

public class ParseStageTests
{
    [Fact]
    public void Front_matter_lines_are_counted_from_the_top_of_the_file()
    {
        var bag = new DiagnosticBag();
        var doc = ParseStage.ParseDocument(InMemorySite.File("poses/x.md", "---\nid: x\ntitle: X\n---\nBody\n"), InMemorySite.Urls, bag)!;
        Assert.Equal(3, doc.FrontMatter["title"]!.Line);
    }

    [Fact]
    public void Body_line_offset_points_at_the_first_body_line()
    {
        var doc = ParseStage.ParseDocument(InMemorySite.File("poses/x.md", "---\nid: x\n---\nBody\n"), InMemorySite.Urls, new DiagnosticBag())!;
        Assert.Equal(3, doc.Body.LineOffset);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_ends_are_accepted()
    {
        var bag = new DiagnosticBag();
        var doc = ParseStage.ParseDocument(InMemorySite.File("poses/x.md", "\uFEFF---\r\nid: x\r\n---\r\nBody\r\n"), InMemorySite.Urls, bag);
        Assert.NotNull(doc);
        Assert.Empty(bag.Sorted());
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_as_missing()
    {
        var bag = new DiagnosticBag();
        ParseStage.ParseDocument(InMemorySite.File("poses/x.md", "---\nid: x\nBody\n"), InMemorySite.Urls, bag);
        Assert.Equal(DiagnosticCodes.MissingFrontMatter, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_of_the_bad_byte()
    {
        var bag = new DiagnosticBag();
        var file = new SourceFile(ContentKind.Pose, "input/poses/x.md", "poses/x.md", [.. "---\nid: x\n"u8, 0xC3, 0x28, .. "\n---\n"u8]);
        Assert.Null(ParseStage.ParseDocument(file, InMemorySite.Urls, bag));
        var d = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.NotUtf8, 3), (d.Code, d.Location.Line));
    }

    [Fact]
    public void Front_matter_that_is_a_list_is_reported()
    {
        var bag = new DiagnosticBag();
        ParseStage.ParseDocument(InMemorySite.File("poses/x.md", "---\n- a\n- b\n---\n"), InMemorySite.Urls, bag);
        Assert.Equal(DiagnosticCodes.MissingFrontMatter, Assert.Single(bag.Sorted()).Code);
    }
}
