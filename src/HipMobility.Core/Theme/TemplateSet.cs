using System.Text;
using HipMobility.Diagnostics;
using HipMobility.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HipMobility.Theme;

/// <summary>
/// The theme's Scriban templates (<c>*.sbn-html</c>), each parsed once when the theme loads; the engine seam of the
/// generator. A page is its layout inside <c>base</c>: base includes it by name, <c>{{ include "layouts/" + layout }}</c>,
/// and the include resolves to the same parsed template (<see cref="ThemeContext"/>), so nothing is parsed while pages render.
/// Every render sees only the page's model and the theme's functions, with Scriban's relaxed lookups turned off and its
/// size limits lifted: see <see cref="ThemeContext"/>. A page is written as UTF-8 straight into one buffer, includes
/// and all (<see cref="PageOutput"/>, <see cref="ThemeInclude"/>); the context and its buffer are kept per thread and
/// reset between pages, because a fresh context, and a fresh string for every include, cost about 20 times the page's
/// own size in garbage.
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
        _builtins.SetValue("include", new ThemeInclude(), true);
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
    public string Render(string layout, IThemeModel model) => Render(Layout(layout), model, pageLayout: null, Utf8.GetString);

    /// <summary>Renders a layout on its own, without the frame of <c>base</c> (a redirect page), as UTF-8.</summary>
    public byte[] RenderUtf8(string layout, IThemeModel model) => Render(Layout(layout), model, pageLayout: null, Bytes);

    /// <summary>Renders a page, its layout inside <c>base</c>, as UTF-8.</summary>
    public byte[] RenderPageUtf8(string layout, IThemeModel model)
    {
        if (!Has(layout)) throw new ThemeException(layout == "base"
            ? "base is the frame of every page, not a page layout"
            : $"the theme has no {DisplayPath("layouts/" + layout)}");
        return Render(_templates[BaseKey], model, layout, Bytes);
    }

    private Template Layout(string layout) =>
        _templates.TryGetValue("layouts/" + layout, out var template) ? template : throw new ThemeException($"the theme has no {DisplayPath("layouts/" + layout)}");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static byte[] Bytes(ReadOnlySpan<byte> utf8) => utf8.ToArray();

    private delegate T Result<T>(ReadOnlySpan<byte> utf8);

    private T Render<T>(Template template, IThemeModel model, string? pageLayout, Result<T> result)
    {
        var root = ThemeObject.Of(model)!;
        var context = PerThread<ThemeContext>.Take(() => new ThemeContext(this, _builtins));
        if (context.Set != this) context = new ThemeContext(this, _builtins);
        context.Begin(root);
        // Globals, innermost last: the page's model (read-only), then the theme's own names and whatever a template sets.
        context.PushGlobal(root);
        var own = new ScriptObject(4, false);
        own.SetValue("asset", _asset, true);
        own.SetValue("layout", pageLayout, true);
        context.PushGlobal(own);
        try
        {
            template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            // The context is dropped, not reused: a render stopped halfway leaves scopes behind that Reset does not clear.
            throw ThemeException.From(e);
        }
        if (pageLayout is not null && !context.Included("layouts/" + pageLayout))
            throw new ThemeException(new SourceLocation(DisplayPath(BaseKey), 1, 1), DiagnosticCodes.ThemeMissingFile,
                "base never includes the page's layout: write {{ include \"layouts/\" + layout }} where it goes");
        var value = result(context.Page.Written);
        if (context.Page.IsSmallEnoughToKeep) PerThread<ThemeContext>.Return(context);
        return value;
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
    private ThemeObject _root = null!;
    private readonly HashSet<string> _included = new(StringComparer.Ordinal);

    public ThemeContext(TemplateSet set, ScriptObject builtins) : base(builtins, StringComparer.Ordinal)
    {
        _set = set;
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

    public TemplateSet Set => _set;

    /// <summary>Where the page being rendered is written.</summary>
    public PageOutput Page { get; } = new();

    /// <summary>
    /// Starts a page: what the previous page left (its globals, its output, the includes it made) is cleared. Scriban's
    /// own top-level output stays at the bottom of the stack, as <see cref="TemplateContext.Reset"/> expects; the page is
    /// written to <see cref="Page"/> above it.
    /// </summary>
    public void Begin(ThemeObject root)
    {
        Reset();
        _included.Clear();
        _root = root;
        Page.Clear();
        PushOutput(Page);
    }

    public bool Included(string key) => _included.Contains(key);

    public override string GetTemplatePathFromName(string? templateName, ScriptNode? callerContext)
    {
        var span = callerContext?.Span ?? CurrentSpan;
        if (string.IsNullOrEmpty(templateName))
            throw new TemplateProblem(span, DiagnosticCodes.ThemeWrongArgument, "include takes the name of a partial, e.g. include \"header\"");
        var key = templateName.StartsWith("layouts/", StringComparison.Ordinal) ? templateName : "partials/" + templateName;
        if (_set.Find(key) is null)
            throw new TemplateProblem(span, DiagnosticCodes.ThemeMissingFile, $"there is no template '{templateName}' ({_set.DisplayPath(key)})",
                NearestName.Hint(templateName, _set.PartialNames));
        _included.Add(key);
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

/// <summary>
/// A page as it renders: text encoded to UTF-8 as Scriban writes it, into a buffer the thread keeps for its next page.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(64 * 1024);

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    /// <summary>A buffer grown by one huge page (an index of 10,000 poses) is let go rather than kept for small ones.</summary>
    public bool IsSmallEnoughToKeep => _buffer.Capacity <= 4 * 1024 * 1024;

    public void Clear() => _buffer.ResetWrittenCount();

    public void Write(string text, int offset, int count)
    {
        var chars = text.AsSpan(offset, count);
        _buffer.Advance(Utf8.GetBytes(chars, _buffer.GetSpan(Utf8.GetMaxByteCount(count))));
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>What <see cref="Template.Render(TemplateContext)"/> returns: nothing, the page is read from <see cref="Written"/>.</summary>
    public override string ToString() => string.Empty;
}

/// <summary>
/// <c>include "header"</c>, <c>include "body-map" map: model.body_map</c>: renders a partial (or the page's layout) into
/// the page's own output. Scriban's include renders into a new string and copies it into the page, once per include;
/// this one does what it does (named arguments as the partial's locals, <c>$</c> as the arguments, a depth limit)
/// without the copy.
/// </summary>
internal sealed class ThemeInclude : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var theme = (ThemeContext)context;
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0 || arguments[0] is not string name)
            throw new TemplateProblem(span, DiagnosticCodes.ThemeWrongArgument, "include takes the name of a partial, e.g. include \"header\"");
        var template = theme.Set.Find(context.GetTemplatePathFromName(name, callerContext)!)!;
        context.EnterRecursive(callerContext);
        // Named arguments are read in the caller's scope, before the partial's own scope opens.
        List<(string Name, object? Value)>? named = null;
        if (callerContext is ScriptFunctionCall call)
            foreach (var argument in call.Arguments)
                if (argument is ScriptNamedArgument { Name.Name: { } key, Value: { } value })
                    (named ??= []).Add((key, value.Evaluate(context)));
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            if (named is not null)
                foreach (var (key, value) in named)
                    context.SetValue(ScriptVariable.Create(key, ScriptVariableScope.Local), value, false, true);
            template.Render(context);
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;
    public Type ReturnType => typeof(object);
    public ScriptParameterInfo GetParameterInfo(int index) => new(index == 0 ? typeof(string) : typeof(object), index == 0 ? "template_name" : "value");
    public int GetParameterIndexByName(string name) => name == "template_name" ? 0 : -1;
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
