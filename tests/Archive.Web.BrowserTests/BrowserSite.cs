using System.Net;
using Archive.Import;
using Archive.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Web.BrowserTests;

/// <summary>
/// The site on a real Kestrel socket (127.0.0.1, a free port) over the seed, one long made-up transcript and
/// the longest real one, and one headless Debian Chromium driven by Playwright. Shared by the tests of a class.
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string LongUrl = "/2016/05/20/a-long-evening-at-the-lighthouse";
    /// <summary>Paragraph 40 of the long transcript, far below the first screen, holds this phrase alone.</summary>
    public const string Quotation = "the keeper wrote every passing ship into his ledger";
    public const int QuotedParagraph = 40;
    /// <summary>A correction removed this paragraph after the first import.</summary>
    public const int RemovedParagraph = 50;
    /// <summary>The longest transcript of the kremlin corpus, imported from the shared corpus as it is.</summary>
    public const string LongestUrl = "/2019/06/20/direct-line-with-vladimir-putin";
    public const int LongestParagraphs = 1038;
    private const string LongestFile = "kremlin-en-html/news/60795.html";
    private const string Chromium = "/usr/bin/chromium";

    private readonly TempDir _temp = new();
    private IPlaywright? _playwright;

    public BrowserSite()
    {
        _temp.Write("content/transcripts/seed.txt", File.ReadAllBytes(RepoPaths.Seed));
        _temp.Write("content/transcripts/60795.html", File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, LongestFile)));
        var paragraphs = Enumerable.Range(1, 60).Select(n => n == QuotedParagraph
            ? $"Late that night {Quotation}, as he had done for forty years."
            : $"Paragraph {n} of the evening: the wind rose, the sea answered, and the lamp turned on.").ToList();
        // Imported once, then corrected (a paragraph removed) and imported again, as the archive would.
        WriteLighthouse(paragraphs);
        Import();
        paragraphs.RemoveAt(RemovedParagraph - 1);
        WriteLighthouse(paragraphs);
        Import();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    private void WriteLighthouse(IEnumerable<string> paragraphs) => _temp.Write("content/transcripts/lighthouse.txt",
        $"A long evening at the lighthouse\n\nPresident of Russia | May 20, 2016\n\n{string.Join("\n\n", paragraphs)}\n");

    private void Import()
    {
        var report = new ContentImporter(new ImportOptions(_temp.Combine("content"), _temp.Combine("out")), TextWriter.Null).Run();
        if (report.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join('\n', report.Problems));
        }
    }

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page as a 390-pixel-wide phone shows it (an iPhone 12 to 15's screen in CSS pixels).</summary>
    public async Task<IPage> NewPhonePage(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = 3,
            IsMobile = true,
            HasTouch = true,
            JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page in a small window (so paragraph 40 starts off-screen) that may use the clipboard.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = new() { Width = 800, Height = 600 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        return await context.NewPageAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:Data", _temp.Combine("out"));
        builder.UseEnvironment("Production");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await DisposeAsync();
        _temp.Dispose();
    }
}
