using HipMobility.Content;

namespace HipMobility.Theme;

/// <summary>
/// The theme ready to render with: assets with their hashed names and every template compiled once.
/// Compiling is the costly part of rendering a small site, so serve keeps this between rebuilds.
/// </summary>
public sealed class CompiledTheme
{
    public CompiledTheme(ThemeFiles files, SiteUrls urls)
    {
        Assets = new HashedAssets(files.Assets);
        Templates = new TemplateSet(files, name => urls.Site(Assets.PathOf(name)));
        Wording = ThemeWording.Parse($"{files.DisplayRoot}/{ThemeWording.FileName}", files.Wording);
        FigureStyle = files.FigureStyle;
    }

    /// <summary>The stylesheet each figure file carries (<c>theme/figure.css</c>).</summary>
    public string FigureStyle { get; }

    public ThemeWording Wording { get; }

    /// <summary>
    /// Loads and compiles the theme on a thread of its own, not a thread-pool one: the pool starts with one thread per
    /// core, and the content stages running meanwhile need both.
    /// </summary>
    public static Task<CompiledTheme> CompileInBackground(string themeDirectory, SiteUrls urls)
    {
        var result = new TaskCompletionSource<CompiledTheme>(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try { result.SetResult(new CompiledTheme(ThemeFiles.Load(themeDirectory), urls)); }
            catch (Exception e) { result.SetException(e); }
        }) { IsBackground = true, Name = "theme compiler" }.Start();
        return result.Task;
    }

    public HashedAssets Assets { get; }
    public TemplateSet Templates { get; }
}
