using Archive.Import;
using Archive.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Hosting;

/// <summary>The site over the repository's content (as <see cref="ArchiveSiteFactory"/>) with some settings, and some services added.</summary>
public sealed class SettingsSiteFactory : DataSiteFactory
{
    private readonly TempDir _temp;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    public SettingsSiteFactory(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services = null, string? content = null)
        : this(new TempDir(), settings, services, content)
    {
    }

    private SettingsSiteFactory(TempDir temp, IReadOnlyDictionary<string, string> settings, Action<IServiceCollection>? services, string? content) : base(temp.Combine("site"))
    {
        _temp = temp;
        _settings = settings;
        _services = services;
        var report = new ContentImporter(new ImportOptions(content ?? RepoPaths.Content, DataDir), TextWriter.Null).Run();
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', report.Problems));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _temp.Dispose();
        }
    }
}
