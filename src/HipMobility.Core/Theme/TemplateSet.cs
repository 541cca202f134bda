using System.Text;
using HandlebarsDotNet;

namespace HipMobility.Theme;

/// <summary>
/// The theme's Handlebars templates, each compiled once. Every page is rendered by its layout and then wrapped
/// in <c>base</c>, which receives the page's frame and the rendered content.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts = new(StringComparer.Ordinal);

    /// <summary>
    /// Each rendering thread writes every page into the same buffer: a page grown afresh in a new buffer, then copied
    /// to a string and again to bytes, cost more in garbage collection than the rendering itself.
    /// </summary>
    [ThreadStatic] private static StringWriter? _buffer;

    public TemplateSet(ThemeFiles theme, Func<string, string> assetUrl)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        handlebars.RegisterHelper("asset", (writer, context, arguments) => writer.WriteSafeString(assetUrl(arguments[0]?.ToString() ?? "")));
        handlebars.RegisterHelper("eq", (context, arguments) => Equals(arguments[0]?.ToString(), arguments[1]?.ToString()));
        foreach (var (name, text) in theme.Partials.OrderBy(p => p.Key, StringComparer.Ordinal))
            Compiling($"partials/{name}.hbs", () => handlebars.RegisterTemplate(name, text));
        // Compiling is most of the cost of a small build; the layouts compile independently, so use both cores.
        var compiled = new HandlebarsTemplate<TextWriter, object, object>[theme.Layouts.Count];
        var layouts = theme.Layouts.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        Parallel.For(0, layouts.Length, i => Compiling($"layouts/{layouts[i].Key}.hbs", () => compiled[i] = handlebars.Compile(new StringReader(layouts[i].Value))));
        for (var i = 0; i < layouts.Length; i++) _layouts[layouts[i].Key] = compiled[i];
        if (!_layouts.ContainsKey("base")) throw new ThemeException("the theme has no layouts/base.hbs");
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    private static void Compiling(string file, Action compile)
    {
        try { compile(); }
        catch (HandlebarsException e) { throw new ThemeException($"theme/{file}: {e.Message}"); }
    }

    public string Render(string layout, object model) => RenderToBuffer(layout, model).ToString();

    /// <summary>Renders a layout straight to UTF-8 bytes.</summary>
    public byte[] RenderUtf8(string layout, object model)
    {
        var text = RenderToBuffer(layout, model);
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

    private StringBuilder RenderToBuffer(string layout, object model)
    {
        if (!_layouts.TryGetValue(layout, out var template)) throw new ThemeException($"the theme has no layouts/{layout}.hbs");
        var buffer = _buffer ??= new StringWriter();
        var text = buffer.GetStringBuilder().Clear();
        template(buffer, model, null!);
        return text;
    }
}

/// <summary>A problem in the theme (a template that does not compile, a missing layout or asset): reported, not a crash.</summary>
public sealed class ThemeException(string message) : Exception(message);
