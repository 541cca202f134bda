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
    }

    /// <summary>
    /// Loads and compiles the theme on a thread of its own. Handlebars compiles partials by deep recursion, more than a
    /// thread-pool thread's stack holds (the process aborted), so the thread gets the main thread's 8 MB.
    /// </summary>
    public static Task<CompiledTheme> CompileInBackground(string themeDirectory, SiteUrls urls)
    {
        var result = new TaskCompletionSource<CompiledTheme>(TaskCreationOptions.RunContinuationsAsynchronously);
        new Thread(() =>
        {
            try { result.SetResult(new CompiledTheme(ThemeFiles.Load(themeDirectory), urls)); }
            catch (Exception e) { result.SetException(e); }
        }, maxStackSize: 8 * 1024 * 1024) { IsBackground = true, Name = "theme compiler" }.Start();
        return result.Task;
    }

    public HashedAssets Assets { get; }
    public TemplateSet Templates { get; }
}
