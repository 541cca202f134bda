using System.Text;
using HipMobility.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HipMobility.Theme;

/// <summary>
/// The theme's Scriban templates (<c>*.sbn-html</c>), each parsed once when the theme loads; the engine seam of the
/// generator. A page is its layout inside <c>base</c>: base includes it by name, <c>{{ include "layouts/" + layout }}</c>,
/// and the include resolves to the same parsed template (<see cref="ThemeContext"/>), so nothing is parsed while pages render.
/// Every render gets a fresh <see cref="TemplateContext"/> that sees only the page's model and the theme's functions,
/// with Scriban's relaxed lookups turned off and its size limits lifted: see <see cref="ThemeContext"/>.
/// </summary>
public sealed partial class TemplateSet
{
    /// <summary>Parsed templates by include name: <c>layouts/pose</c>, <c>partials/header</c>.</summary>
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);

    private readonly ScriptObject _builtins;
    private readonly AssetFunction _asset;
    private readonly string _root;

    public TemplateSet(ThemeFiles theme, Func<string, string> assetUrl)
    {
        _root = theme.DisplayRoot;
        foreach (var (folder, files) in new[] { ("layouts", theme.Layouts), ("partials", theme.Partials) })
        foreach (var (name, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var key = folder + "/" + name;
            var template = Template.Parse(text, DisplayPath(key));
            if (template.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } error)
                throw new ThemeException(Located(error.Span), DiagnosticCodes.ThemeSyntax, SyntaxMessage(error.Message));
            _templates[key] = template;
        }
        if (!_templates.ContainsKey(BaseKey)) throw new ThemeException($"the theme has no {DisplayPath(BaseKey)}");
        _asset = new AssetFunction(assetUrl);
        // Only the include function: Scriban's other built-ins (string, array, html…) are not part of the theme's language.
        _builtins = new ScriptObject(1, false);
        _builtins.SetValue("include", new Scriban.Functions.IncludeFunction(), true);
        _builtins.IsReadOnly = true;
    }

    private const string BaseKey = "layouts/base";

    /// <summary>Scriban's words for a block left open, said the way a designer would look for it.</summary>
    private static string SyntaxMessage(string message) =>
        UnclosedBlock().Match(message) is { Success: true } open ? $"this '{open.Groups[1].Value}' block is never closed with {{{{ end }}}}" : message;

    [System.Text.RegularExpressions.GeneratedRegex(@"^Error while parsing (\w+) statement: The <end> statement was not found")]
    private static partial System.Text.RegularExpressions.Regex UnclosedBlock();

    /// <summary>Where a template's errors point: <c>theme/layouts/pose.sbn-html</c>.</summary>
    internal string DisplayPath(string key) => $"{_root}/{key}{ThemeFiles.Extension}";

    internal Template? Find(string key) => _templates.GetValueOrDefault(key);

    internal IEnumerable<string> PartialNames => _templates.Keys.Where(k => k.StartsWith("partials/", StringComparison.Ordinal)).Select(k => k["partials/".Length..]);

    /// <summary>Whether the theme has this page layout (<c>base</c> is the frame of every page, not a layout of its own).</summary>
    public bool Has(string layout) => layout != "base" && _templates.ContainsKey("layouts/" + layout);

    /// <summary>Renders a layout on its own, without the frame of <c>base</c>, as text.</summary>
    public string Render(string layout, IThemeModel model) => Render(Layout(layout), model, pageLayout: null);

    /// <summary>Renders a layout on its own, without the frame of <c>base</c> (a redirect page), as UTF-8.</summary>
    public byte[] RenderUtf8(string layout, IThemeModel model) => Utf8.GetBytes(Render(layout, model));

    /// <summary>Renders a page, its layout inside <c>base</c>, as UTF-8.</summary>
    public byte[] RenderPageUtf8(string layout, IThemeModel model)
    {
        if (!Has(layout)) throw new ThemeException(layout == "base"
            ? "base is the frame of every page, not a page layout"
            : $"the theme has no {DisplayPath("layouts/" + layout)}");
        return Utf8.GetBytes(Render(_templates[BaseKey], model, layout));
    }

    private Template Layout(string layout) =>
        _templates.TryGetValue("layouts/" + layout, out var template) ? template : throw new ThemeException($"the theme has no {DisplayPath("layouts/" + layout)}");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private string Render(Template template, IThemeModel model, string? pageLayout)
    {
        var root = ThemeObject.Of(model)!;
        var context = new ThemeContext(this, _builtins, root);
        // Globals, innermost last: the page's model (read-only), then the theme's own names and whatever a template sets.
        context.PushGlobal(root);
        var own = new ScriptObject(4, false);
        own.SetValue("asset", _asset, true);
        own.SetValue("layout", pageLayout, true);
        context.PushGlobal(own);
        string text;
        try
        {
            text = template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw ThemeException.From(e);
        }
        if (pageLayout is not null && !context.Included("layouts/" + pageLayout))
            throw new ThemeException(new SourceLocation(DisplayPath(BaseKey), 1, 1), DiagnosticCodes.ThemeMissingFile,
                "base never includes the page's layout: write {{ include \"layouts/\" + layout }} where it goes");
        return text;
    }

    internal static SourceLocation Located(SourceSpan span) =>
        new(span.FileName ?? "theme", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary><c>asset "site.css"</c>: the content-hashed URL of a file in <c>theme/assets/</c>.</summary>
    private sealed class AssetFunction(Func<string, string> url) : IScriptCustomFunction
    {
        public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            if (arguments.Count != 1 || arguments[0] is not string name)
                throw new TemplateProblem(span, DiagnosticCodes.ThemeWrongArgument, "asset takes one name of a file in theme/assets/, e.g. asset \"site.css\"");
            try { return url(name); }
            catch (ThemeException) { throw new TemplateProblem(span, DiagnosticCodes.ThemeMissingFile, $"there is no asset '{name}' in theme/assets/"); }
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 1;
        public int ParameterCount => 1;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
        public Type ReturnType => typeof(string);
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");
        public int GetParameterIndexByName(string name) => name == "name" ? 0 : -1;
    }
}

/// <summary>
/// What one render sees. Strict: an unknown name or field is an error (<see cref="TemplateContext.StrictVariables"/>,
/// no relaxed member, target, function or indexer access), reported with the nearest known name. Unlimited where a
/// large guide needs it: no loop limit (an index of 10,000 poses), no cap on the output's length (Scriban's default cuts
/// it at a million characters). Includes come from the parsed theme, never from disk.
/// </summary>
internal sealed class ThemeContext : TemplateContext
{
    private readonly TemplateSet _set;
    private readonly ThemeObject _root;
    private HashSet<string>? _included;

    public ThemeContext(TemplateSet set, ScriptObject builtins, ThemeObject root) : base(builtins, StringComparer.Ordinal)
    {
        (_set, _root) = (set, root);
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = 0;
        LimitToString = 0;
        // Depth, not size: a template that includes itself stops with an error here instead of overflowing the stack.
        RecursiveLimit = 100;
        AutoIndent = false;
        NewLine = "\n";
        TryGetVariable = UnknownVariable;
        TryGetMember = UnknownMember;
    }

    public bool Included(string key) => _included?.Contains(key) == true;

    public override string GetTemplatePathFromName(string? templateName, ScriptNode? callerContext)
    {
        var span = callerContext?.Span ?? CurrentSpan;
        if (string.IsNullOrEmpty(templateName))
            throw new TemplateProblem(span, DiagnosticCodes.ThemeWrongArgument, "include takes the name of a partial, e.g. include \"header\"");
        var key = templateName.StartsWith("layouts/", StringComparison.Ordinal) ? templateName : "partials/" + templateName;
        if (_set.Find(key) is null)
            throw new TemplateProblem(span, DiagnosticCodes.ThemeMissingFile, $"there is no template '{templateName}' ({_set.DisplayPath(key)})",
                NearestName.Hint(templateName, _set.PartialNames));
        (_included ??= new(StringComparer.Ordinal)).Add(key);
        return key;
    }

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) => _set.Find(templatePath)!;

    private bool UnknownVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        // A field written without its object ('title' for 'model.title') is the likeliest slip.
        var name = variable.Name;
        var field = _root.Keys.FirstOrDefault(scope => _root[scope] is ThemeObject o && o.ContainsKey(name));
        var known = _root.Keys.Concat(["layout", "asset", "include"]);
        throw new TemplateProblem(span, DiagnosticCodes.ThemeUnknownName, $"'{name}' is not a name a template knows",
            field is not null ? $"Did you mean '{field}.{name}'?" : NearestName.Hint(name, known));
    }

    private static bool UnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        switch (target)
        {
            case ThemeObject fields:
                throw new TemplateProblem(span, DiagnosticCodes.ThemeUnknownName, $"'{member}' is not a field of {fields.ThemeName}",
                    NearestName.Hint(member, fields.Keys));
            case ScriptArray:
                throw new TemplateProblem(span, DiagnosticCodes.ThemeUnknownName,
                    $"'{member}' is not a field of a list: a list has 'size', and its items are read with 'for'");
            default:
                value = null;
                return false;
        }
    }
}

/// <summary>A theme error met while rendering, with its code; <see cref="ThemeException.From"/> turns it into a build error.</summary>
internal sealed class TemplateProblem(SourceSpan span, string code, string message, string? hint = null) : ScriptRuntimeException(span, message)
{
    public string Code { get; } = code;
    public string? Hint { get; } = hint;
}

/// <summary>
/// A problem in the theme (a template that does not parse, an unknown name, a missing layout or asset): reported as a
/// build error, not a crash. Where it has a place in a template, the message is a diagnostic line,
/// <c>theme/layouts/pose.sbn-html(12,5): error HM202: 'tittle' is not a field of the pose page. Did you mean 'title'?</c>
/// </summary>
public sealed class ThemeException : Exception
{
    public ThemeException(string message) : base(message) { }

    public ThemeException(SourceLocation at, string code, string message, string? hint = null)
        : this(new Diagnostic(at, Severity.Error, code, message, hint)) { }

    private ThemeException(Diagnostic diagnostic) : base(diagnostic.ToString()) => Diagnostic = diagnostic;

    /// <summary>The error as a diagnostic, when it has a place in a template.</summary>
    public Diagnostic? Diagnostic { get; }

    internal static ThemeException From(ScriptRuntimeException e) => e switch
    {
        TemplateProblem p => new ThemeException(TemplateSet.Located(p.Span), p.Code, p.OriginalMessage, p.Hint),
        _ => new ThemeException(TemplateSet.Located(e.Span), DiagnosticCodes.ThemeRender, e.OriginalMessage),
    };
}
