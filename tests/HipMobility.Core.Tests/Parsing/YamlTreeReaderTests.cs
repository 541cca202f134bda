using HipMobility.Parsing;

namespace HipMobility.Tests.Parsing;

public class YamlTreeReaderTests
{
    [Fact]
    public void Values_carry_their_file_line_and_column()
    {
        var root = (YamlMap)YamlTreeReader.Read("title: Pigeon\nprops: [block, strap]\n", lineOffset: 1)!;
        var props = (YamlList)root["props"]!;
        Assert.Equal((3, 9), (props.Items[0].Line, props.Items[0].Column));
        Assert.Equal((3, 16), (props.Items[1].Line, props.Items[1].Column));
    }

    [Fact]
    public void Duplicate_keys_are_kept_for_the_validator_to_report()
    {
        var root = (YamlMap)YamlTreeReader.Read("a: 1\na: 2\n", 0)!;
        Assert.Equal(2, root.Entries.Count);
    }

    [Fact]
    public void An_alias_points_at_the_anchored_value_without_copying_it()
    {
        var root = (YamlMap)YamlTreeReader.Read("a: &a [x, y]\nb: [*a, *a]\n", 0)!;
        Assert.Same(root["a"], ((YamlList)root["b"]!).Items[1]);
    }

    [Fact]
    public void An_alias_bomb_is_refused_at_the_alias_that_makes_it_too_big()
    {
        // Later stages walk an alias as often as it is used, so the reader counts each use as a copy.
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n" +
                   "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n";
        var e = Assert.Throws<YamlTreeException>(() => YamlTreeReader.Read(bomb, lineOffset: 1));
        Assert.Equal(6, e.Line);
        Assert.Contains("more than 10,000 values", e.Message);
    }

    [Fact]
    public void A_quadratic_alias_bomb_is_refused()
    {
        var yaml = $"p: &p [{string.Join(",", Enumerable.Repeat("q", 2000))}]\nv: &v {{props: *p}}\nvariants: [{string.Join(",", Enumerable.Repeat("*v", 2000))}]\n";
        var e = Assert.Throws<YamlTreeException>(() => YamlTreeReader.Read(yaml, 0));
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void A_flow_list_left_open_before_the_next_key_is_reported_at_its_bracket()
    {
        // YamlDotNet throws InvalidOperationException here rather than a YamlException.
        var e = Assert.Throws<YamlTreeException>(() => YamlTreeReader.Read("title: X\naliases: [calf, soleus\nregion: back\n", lineOffset: 1));
        Assert.Equal((3, 10), (e.Line, e.Column));
        Assert.Contains("never closed", e.Message);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_with_a_position()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var e = Assert.Throws<YamlTreeException>(() => YamlTreeReader.Read("a: " + deep, 0));
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Invalid_yaml_reports_the_line_with_the_offset_applied()
    {
        var e = Assert.Throws<YamlTreeException>(() => YamlTreeReader.Read("a: 1\nb: [unclosed\n", lineOffset: 1));
        Assert.True(e.Line >= 3, $"line was {e.Line}");
    }

    [Fact]
    public void Plain_null_words_read_as_null_but_quoted_ones_as_text()
    {
        var root = (YamlMap)YamlTreeReader.Read("a: ~\nb: 'null'\nc:\n", 0)!;
        Assert.True(((YamlText)root["a"]!).IsNull);
        Assert.False(((YamlText)root["b"]!).IsNull);
        Assert.True(((YamlText)root["c"]!).IsNull);
    }
}
