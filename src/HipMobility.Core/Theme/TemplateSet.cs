using System.Text;
using HandlebarsDotNet;

namespace HipMobility.Theme;

/// <summary>
/// The theme's Handlebars templates, each compiled once. A page is its layout inside <c>base</c>: base writes the page's
/// layout where it says <c>{{> @partial-block}}</c>, so a page is rendered in one pass into one buffer, with no
/// intermediate string for its content.
/// </summary>
public sealed partial class TemplateSet
{
    /// <summary>Layouts on their own (a redirect page has no frame).</summary>
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts = new(StringComparer.Ordinal);

    /// <summary><c>base</c>, compiled with its <c>{{> @partial-block}}</c> naming the layout of the page being rendered.</summary>
    private readonly HandlebarsTemplate<TextWriter, object, object> _frame;

    /// <summary>
    /// Each rendering thread writes every page into the same buffer: a page grown afresh in a new buffer, then copied
    /// to a string and again to bytes, cost more in garbage collection than the rendering itself.
    /// </summary>
    [ThreadStatic] private static StringWriter? _buffer;

    /// <summary>The partial name of the layout the current thread is rendering inside base.</summary>
    [ThreadStatic] private static string? _pageLayout;

    private const string PageLayoutHelper = "hm-page-layout";

    public TemplateSet(ThemeFiles theme, Func<string, string> assetUrl)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        handlebars.RegisterHelper("asset", (writer, context, arguments) => writer.WriteSafeString(assetUrl(arguments[0]?.ToString() ?? "")));
        handlebars.RegisterHelper("eq", (context, arguments) => Equals(arguments[0]?.ToString(), arguments[1]?.ToString()));
        handlebars.RegisterHelper(PageLayoutHelper, (context, arguments) => _pageLayout ?? PartialName(Nothing));
        handlebars.RegisterTemplate(PartialName(Nothing), "");
        foreach (var (name, text) in theme.Partials.OrderBy(p => p.Key, StringComparer.Ordinal))
            Compiling($"partials/{name}.hbs", () => handlebars.RegisterTemplate(name, text));
        if (!theme.Layouts.TryGetValue("base", out var frame)) throw new ThemeException("the theme has no layouts/base.hbs");
        if (!PartialBlock().IsMatch(frame))
            throw new ThemeException("theme/layouts/base.hbs: it has no {{> @partial-block}}, where each page's own layout goes");
        // Handlebars.Net 2.4 gives every partial-block call (and every partial called with an argument) a binding
        // context of its own, about 10 KB, that never returns to its pool: on a 10,000-page build, 100 MB of garbage.
        // A partial named by a helper reuses the pool, so base's partial block becomes one: the page's layout by name.
        var layouts = theme.Layouts.Where(l => l.Key != "base").OrderBy(p => p.Key, StringComparer.Ordinal)
            .Append(new("base", PartialBlock().Replace(frame, $"{{{{$1> ({PageLayoutHelper})$2}}}}"))).ToArray();
        // Compiling is most of the cost of a small build; the layouts compile independently, so use both cores.
        var compiled = new HandlebarsTemplate<TextWriter, object, object>[layouts.Length];
        Parallel.For(0, layouts.Length, i => Compiling($"layouts/{layouts[i].Key}.hbs", () => compiled[i] = handlebars.Compile(new StringReader(layouts[i].Value))));
        // Layouts are also partials, under names no partial file can have (a file name holds no '/').
        for (var i = 0; i < layouts.Length; i++)
        {
            _layouts[layouts[i].Key] = compiled[i];
            handlebars.RegisterTemplate(PartialName(layouts[i].Key), compiled[i]);
        }
        _frame = _layouts["base"];
    }

    /// <summary>What base renders when it is rendered on its own: nothing where a layout would go.</summary>
    private const string Nothing = "-";

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{(~?)>\s*@partial-block\s*(~?)\}\}")]
    private static partial System.Text.RegularExpressions.Regex PartialBlock();

    private static string PartialName(string layout) => "layouts/" + layout;

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    private static void Compiling(string file, Action compile)
    {
        try { compile(); }
        catch (HandlebarsException e) { throw new ThemeException($"theme/{file}: {e.Message}"); }
    }

    public string Render(string layout, object model) => RenderToBuffer(Layout(layout), model).ToString();

    /// <summary>Renders a layout on its own, without the frame of <c>base</c>, straight to UTF-8 bytes.</summary>
    public byte[] RenderUtf8(string layout, object model) => Utf8Bytes(RenderToBuffer(Layout(layout), model));

    /// <summary>Renders a page: its layout inside <c>base</c>, straight to UTF-8 bytes.</summary>
    public byte[] RenderPageUtf8(string layout, object model)
    {
        Layout(layout);
        _pageLayout = layout == "base" ? null : PartialName(layout);
        try { return Utf8Bytes(RenderToBuffer(_frame, model)); }
        finally { _pageLayout = null; }
    }

    private HandlebarsTemplate<TextWriter, object, object> Layout(string layout) =>
        _layouts.TryGetValue(layout, out var template) ? template : throw new ThemeException($"the theme has no layouts/{layout}.hbs");

    private static byte[] Utf8Bytes(StringBuilder text)
    {
        var encoder = Utf8.GetEncoder();
        var count = 0;
        foreach (var chunk in text.GetChunks()) count += encoder.GetByteCount(chunk.Span, flush: false);
        count += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var written = 0;
        foreach (var chunk in text.GetChunks()) written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        // An index of a large guide runs to megabytes: such a buffer is not worth keeping for the ordinary pages.
        if (text.Capacity > LargestKeptBuffer) _buffer = null;
        return bytes;
    }

    private const int LargestKeptBuffer = 1 << 20;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static StringBuilder RenderToBuffer(HandlebarsTemplate<TextWriter, object, object> template, object model)
    {
        var buffer = _buffer ??= new StringWriter();
        var text = buffer.GetStringBuilder().Clear();
        try
        {
            template(buffer, model, null!);
        }
        catch (HandlebarsRuntimeException e) when (ThemeProblemIn(e) is { } problem)
        {
            // A problem met inside a partial (every layout is one, inside base) arrives wrapped once per partial.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(problem);
        }
        return text;
    }

    private static ThemeException? ThemeProblemIn(Exception? e)
    {
        for (; e is not null; e = e.InnerException) if (e is ThemeException problem) return problem;
        return null;
    }
}

/// <summary>A problem in the theme (a template that does not compile, a missing layout or asset): reported, not a crash.</summary>
public sealed class ThemeException(string message) : Exception(message);
