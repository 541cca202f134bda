namespace HipMobility.Tests.Security;

/// <summary>The injection tests are only as good as their reading of HTML: it must see markup a browser would run, and only that.</summary>
public class HtmlScanTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "img", "onerror")]
    [InlineData("<svg/onload=alert(1)>", "svg", "onload")]
    [InlineData("<a href=\"/x\"\tonclick='y'>", "a", "onclick")]
    [InlineData("<DIV ONMOUSEOVER=x>", "div", "onmouseover")]
    public void An_event_handler_attribute_is_found_however_it_is_written(string html, string element, string attribute)
    {
        var found = Assert.Single(HtmlScan.Elements(html));
        Assert.Equal(element, found.Name);
        Assert.Contains(found.Attributes, a => a.Name == attribute);
    }

    [Theory]
    [InlineData("&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<meta content=\"&lt;img src=x onerror=alert(1)&gt;\">")]
    [InlineData("<p title='a onclick=b'>x</p>")]
    [InlineData("<!-- <img onerror=x> -->")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"<img onerror=x>\"}</script>")]
    public void Escaped_text_quoted_values_comments_and_script_contents_are_not_elements_with_handlers(string html)
    {
        Assert.DoesNotContain(HtmlScan.Elements(html), e => e.Attributes.Any(a => a.Name.StartsWith("on")));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("&#x6a;avascript:alert(1)")]
    [InlineData("vbscript:x")]
    [InlineData("data:text/html,<script>x</script>")]
    public void A_url_that_runs_script_is_recognised_after_decoding(string url)
    {
        var link = Assert.Single(HtmlScan.Elements($"<a href=\"{url}\">x</a>"));
        Assert.True(HtmlScan.RunsScript(link["href"]!));
    }

    [Theory]
    [InlineData("/poses/pigeon/")]
    [InlineData("https://example.org/javascript:")]
    [InlineData("mailto:x@example.org")]
    [InlineData("#step-1")]
    public void An_ordinary_url_is_not_mistaken_for_script(string url) => Assert.False(HtmlScan.RunsScript(url));
}
