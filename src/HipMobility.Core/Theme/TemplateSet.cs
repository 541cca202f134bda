using HandlebarsDotNet;

namespace HipMobility.Theme;

/// <summary>
/// The theme's Handlebars templates, each compiled once. Every page is rendered by its layout and then wrapped
/// in <c>base</c>, which receives the page's frame and the rendered content.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts = new(StringComparer.Ordinal);

    public TemplateSet(ThemeFiles theme, Func<string, string> assetUrl)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        handlebars.RegisterHelper("asset", (writer, context, arguments) => writer.WriteSafeString(assetUrl(arguments[0]?.ToString() ?? "")));
        handlebars.RegisterHelper("eq", (context, arguments) => Equals(arguments[0]?.ToString(), arguments[1]?.ToString()));
        foreach (var (name, text) in theme.Partials.OrderBy(p => p.Key, StringComparer.Ordinal))
            Compiling($"partials/{name}.hbs", () => handlebars.RegisterTemplate(name, text));
        // Compiling is most of the cost of a small build; the layouts compile independently, so use both cores.
        var compiled = new HandlebarsTemplate<object, object>[theme.Layouts.Count];
        var layouts = theme.Layouts.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        Parallel.For(0, layouts.Length, i => Compiling($"layouts/{layouts[i].Key}.hbs", () => compiled[i] = handlebars.Compile(layouts[i].Value)));
        for (var i = 0; i < layouts.Length; i++) _layouts[layouts[i].Key] = compiled[i];
        if (!_layouts.ContainsKey("base")) throw new ThemeException("the theme has no layouts/base.hbs");
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    private static void Compiling(string file, Action compile)
    {
        try { compile(); }
        catch (HandlebarsException e) { throw new ThemeException($"theme/{file}: {e.Message}"); }
    }

    public string Render(string layout, object model) =>
        _layouts.TryGetValue(layout, out var template)
            ? template(model)
            : throw new ThemeException($"the theme has no layouts/{layout}.hbs");
}

/// <summary>A problem in the theme (a template that does not compile, a missing layout or asset): reported, not a crash.</summary>
public sealed class ThemeException(string message) : Exception(message);
