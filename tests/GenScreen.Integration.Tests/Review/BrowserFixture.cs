using Microsoft.Playwright;

namespace GenScreen.Integration.Tests.Review;

/// <summary>One headless chromium for the review page tests; each test opens its own context (own sessionStorage).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Generous: the machine is shared and the page waits on real screening and storage; nothing measures it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Browser not started.");

    public async Task InitializeAsync()
    {
        SystemChromium.EnsureInstalled();
        _playwright = await Playwright.CreateAsync();
        _browser = await SystemChromium.LaunchAsync(_playwright);
        Assertions.SetDefaultExpectTimeout((float)Timeout.TotalMilliseconds);
    }

    /// <summary>
    /// A fresh page at <paramref name="baseAddress"/> (no stored key), collecting what went wrong: script errors,
    /// console errors (a CSP violation is one) and failed requests with their address.
    /// </summary>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        page.Response += (_, response) =>
        {
            // A failed request names its address here (the console only says "Failed to load resource").
            if (response.Status >= 400)
            {
                lock (errors)
                {
                    errors.Add($"HTTP {response.Status} {new Uri(response.Url).PathAndQuery}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        return (context, page, errors);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
