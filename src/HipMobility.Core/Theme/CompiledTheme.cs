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

    public HashedAssets Assets { get; }
    public TemplateSet Templates { get; }
}
