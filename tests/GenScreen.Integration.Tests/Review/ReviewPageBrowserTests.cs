using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenScreen.LocalDev;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GenScreen.Integration.Tests.Review;

/// <summary>
/// The review page in headless chromium against the local host with a real queue (<see cref="ReviewQueueFixture"/>).
/// Each test acts on its own item, so they pass in any order: approve takes the drawing, keep blocked the cat; the
/// read-only tests list every status. Playwright's auto-waiting (generous timeouts) waits for the page; nothing is timed.
/// </summary>
public sealed class ReviewPageBrowserTests(ReviewQueueFixture queue, BrowserFixture browser) : IClassFixture<ReviewQueueFixture>, IClassFixture<BrowserFixture>
{
    private const string ScreenshotSetting = "GENSCREEN_UPDATE_DOCS_SCREENSHOT";

    [Fact]
    public async Task Listing_ShowsEveryItemBlurredWithScoresReasonsPromptAndHashMatches()
    {
        var (context, page, errors) = await browser.NewPageAsync(queue.BaseAddress);
        await using var _ = context;
        await OpenWithKeyAsync(page, ReviewQueueFixture.AdminKey, errors);
        await ShowAllStatusesAsync(page);

        await Expect(page.Locator(".item")).ToHaveCountAsync(4);
        foreach (var id in queue.AllIds)
        {
            await Expect(Card(page, id)).ToHaveCountAsync(1);
        }

        // The prompt: its own text (retained), its category; no thumbnail.
        var prompt = Card(page, queue.PromptId);
        await Expect(prompt.Locator(".prompt")).ToHaveTextAsync(ReviewQueueFixture.Prompt);
        await Expect(prompt.Locator(".categories")).ToContainTextAsync("SexualRealPerson");
        await Expect(prompt.Locator(".thumb.none")).ToHaveCountAsync(1);
        // The cat: the correlated prompt's text, its scores, its reasons.
        var cat = Card(page, queue.CatId);
        await Expect(cat.Locator("dt", new() { HasText = "Prompt (correlated)" })).ToHaveCountAsync(1);
        await Expect(cat.Locator(".prompt")).ToHaveTextAsync(ReviewQueueFixture.Prompt);
        await Expect(cat.Locator(".scores")).ToContainTextAsync("Neutral");
        // The copy: blocked by the quarantine bank, which names the cat's verdict.
        await Expect(Card(page, queue.CopyId).Locator(".hash-matches")).ToContainTextAsync(queue.CatId);
        // The drawing: the class threshold reason and its Drawing score at the top.
        var drawing = Card(page, queue.DrawingId);
        await Expect(drawing.Locator(".reasons")).ToContainTextAsync("image.class-threshold");
        await Expect(drawing.Locator(".scores span").First).ToContainTextAsync("Drawing");

        // Thumbnails through the admin-only proxy, as blob: URLs, decoded, and blurred until revealed.
        var thumb = Card(page, queue.CopyId).Locator(".thumb");
        await Expect(thumb).ToHaveClassAsync(new Regex(@"\bblurred\b"));
        await Expect(thumb.Locator("img")).ToHaveAttributeAsync("src", new Regex("^blob:"));
        await page.WaitForFunctionAsync("id => { const i = document.querySelector(`.item[data-id='${id}'] .thumb img`); return i && i.complete && i.naturalWidth > 0; }", queue.CopyId);
        Assert.Contains("blur", await thumb.Locator("img").EvaluateAsync<string>("i => getComputedStyle(i).filter"), StringComparison.Ordinal);

        // "j" moves the selection to the next card.
        var first = await page.Locator(".item.selected").GetAttributeAsync("data-id");
        await page.Keyboard.PressAsync("j");
        await Expect(page.Locator(".item.selected")).Not.ToHaveAttributeAsync("data-id", first!);

        await ScreenshotAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Paging_WalksTheWholeQueueWithContinuationTokens()
    {
        var (context, page, errors) = await browser.NewPageAsync(queue.BaseAddress);
        await using var _ = context;
        await OpenWithKeyAsync(page, ReviewQueueFixture.AdminKey, errors);
        await page.Locator("input[name=pageSize]").FillAsync("2");
        await ShowAllStatusesAsync(page);

        var seen = new List<string>();
        var pages = 0;
        while (true)
        {
            await Expect(page.Locator("#page-label")).ToHaveTextAsync($"Page {pages + 1}");
            await Expect(page.Locator("#status")).Not.ToHaveTextAsync(new Regex("Loading"));
            var ids = await page.Locator(".item").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.id)");
            Assert.True(ids.Length <= 2, $"page {pages + 1} has {ids.Length} items");
            seen.AddRange(ids);
            pages++;
            if (await page.Locator("#next-page").IsDisabledAsync())
            {
                break;
            }

            await page.Keyboard.PressAsync("n");
        }

        Assert.True(pages >= 2, "four items at two a page take at least two pages");
        Assert.Equal(queue.AllIds.Order(), seen.Order());
        // Back to the first page: the same first two items.
        while (!await page.Locator("#prev-page").IsDisabledAsync())
        {
            await page.Locator("#prev-page").ClickAsync();
            await Expect(page.Locator("#status")).Not.ToHaveTextAsync(new Regex("Loading"));
        }

        await Expect(page.Locator("#page-label")).ToHaveTextAsync("Page 1");
        Assert.Equal(seen.Take(2), await page.Locator(".item").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.id)"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Reveal_ClickOrV_TogglesTheBlur()
    {
        var (context, page, errors) = await browser.NewPageAsync(queue.BaseAddress);
        await using var _ = context;
        await OpenWithKeyAsync(page, ReviewQueueFixture.AdminKey, errors);
        await ShowAllStatusesAsync(page);
        var thumb = Card(page, queue.CopyId).Locator(".thumb");
        await Expect(thumb.Locator("img")).ToHaveAttributeAsync("src", new Regex("^blob:"));
        await Expect(thumb).ToHaveClassAsync(new Regex(@"\bblurred\b"));

        await thumb.ClickAsync();

        await Expect(thumb).Not.ToHaveClassAsync(new Regex(@"\bblurred\b"));
        await Expect(thumb).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal("none", await thumb.Locator("img").EvaluateAsync<string>("i => getComputedStyle(i).filter"));
        await Expect(page.Locator(".thumb[data-role=reveal]:not(.blurred)")).ToHaveCountAsync(1); // only the one clicked

        await page.Keyboard.PressAsync("v"); // the clicked card is the selected one
        await Expect(thumb).ToHaveClassAsync(new Regex(@"\bblurred\b"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Approve_AskedForAReason_ReleasesTheItemAndAuditsTheReason()
    {
        var (context, page, errors) = await browser.NewPageAsync(queue.BaseAddress);
        await using var _ = context;
        await OpenWithKeyAsync(page, ReviewQueueFixture.AdminKey, errors);
        var drawing = Card(page, queue.DrawingId);
        await drawing.Locator(".meta").ClickAsync(); // select it

        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#decide")).ToBeVisibleAsync();
        await page.Locator("#decide-submit").ClickAsync(); // no reason yet: refused in the page
        await Expect(page.Locator("#decide-error")).ToContainTextAsync("reason is required");
        await page.Locator("#decide-reason").FillAsync("A palette, not a violation.");
        await page.Locator("#decide-submit").ClickAsync();

        await Expect(page.Locator("#decide")).ToBeHiddenAsync();
        await Expect(drawing.Locator(".badge.state")).ToHaveTextAsync("released");
        await Expect(drawing.Locator(".actions button").First).ToBeDisabledAsync();
        var item = await ItemAsync(queue.DrawingId);
        Assert.Equal("released", item.GetProperty("item").GetProperty("status").GetString());
        Assert.Contains(item.GetProperty("audit").EnumerateArray(), a => a.GetProperty("action").GetString() == "release" && a.GetProperty("reason").GetString() == "A palette, not a violation.");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task KeepBlocked_AskedForAReason_ConfirmsWithTheCorrectedCategory()
    {
        var (context, page, errors) = await browser.NewPageAsync(queue.BaseAddress);
        await using var _ = context;
        await OpenWithKeyAsync(page, ReviewQueueFixture.AdminKey, errors);
        var cat = Card(page, queue.CatId);
        await cat.Locator(".meta").ClickAsync();

        await page.Keyboard.PressAsync("b");
        await Expect(page.Locator("#decide-category")).ToBeVisibleAsync();
        await page.Locator("#decide-category").SelectOptionAsync("SexualRealPerson");
        await page.Locator("#decide-reason").FillAsync("Generated from a sexualised prompt about a real person.");
        await page.Locator("#decide-submit").ClickAsync();

        await Expect(cat.Locator(".badge.state")).ToHaveTextAsync("confirmed");
        var item = await ItemAsync(queue.CatId);
        Assert.Equal("confirmed", item.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal("SexualRealPerson", item.GetProperty("item").GetProperty("review").GetProperty("confirmedCategory").GetString());
        Assert.Contains(item.GetProperty("audit").EnumerateArray(), a => a.GetProperty("action").GetString() == "confirm"
            && a.GetProperty("reason").GetString()!.StartsWith("Generated from a sexualised prompt about a real person.", StringComparison.Ordinal));
        // The selection moved on to the next card.
        await Expect(page.Locator(".item.selected")).Not.ToHaveAttributeAsync("data-id", queue.CatId);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task NoKeyOrWrongKey_ShowsTheErrorAndNoData()
    {
        // A tab with no key, then a wrong one: the page asks the API anyway (in Azure a sign-in cookie would do).
        var (context, page, _) = await browser.NewPageAsync(queue.BaseAddress);
        await using var _ = context;
        var images = CountImagesServed(page);

        await page.GotoAsync(PagePath);
        await Expect(page.Locator("#error")).ToContainTextAsync("401");
        await Expect(page.Locator(".item")).ToHaveCountAsync(0);

        await UseKeyAsync(page, Fixtures.RunningHost.NewKey());
        await Expect(page.Locator("#error")).ToContainTextAsync("403");
        await Expect(page.Locator(".item")).ToHaveCountAsync(0);
        await Expect(page.Locator(".thumb")).ToHaveCountAsync(0);
        Assert.Equal(0, images());

        // With the right key the queue shows; a wrong key then clears every item and image from the page.
        await UseKeyAsync(page, ReviewQueueFixture.AdminKey);
        await Expect(page.Locator(".item").First).ToBeVisibleAsync();
        await Expect(page.Locator("#error")).ToBeHiddenAsync();
        await UseKeyAsync(page, Fixtures.RunningHost.NewKey());
        await Expect(page.Locator("#error")).ToContainTextAsync("403");
        await Expect(page.Locator(".item")).ToHaveCountAsync(0);
        await Expect(page.Locator("#queue")).ToBeEmptyAsync();
        Assert.DoesNotContain(ReviewQueueFixture.Prompt, await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }

    /// <summary>How many quarantined images the API handed to this tab (200 answers of the image proxy).</summary>
    private static Func<int> CountImagesServed(IPage page)
    {
        var served = 0;
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith("/image", StringComparison.Ordinal) && response.Status == (int)HttpStatusCode.OK)
            {
                Interlocked.Increment(ref served);
            }
        };
        return () => Volatile.Read(ref served);
    }

    private const string PagePath = "/api/review/ui/";

    private static ILocator Card(IPage page, string id) => page.Locator($".item[data-id='{id}']");

    /// <summary>Opens the page (whose first call, without a key, is refused: 401) and gives it the key.</summary>
    private static async Task OpenWithKeyAsync(IPage page, string key, List<string> errors)
    {
        await page.GotoAsync(PagePath);
        await Expect(page.Locator("#error")).ToContainTextAsync("401");
        await UseKeyAsync(page, key);
        await Expect(page.Locator("#error")).ToBeHiddenAsync();
        await Expect(page.Locator(".item").First).ToBeVisibleAsync();
        lock (errors)
        {
            Assert.All(errors, e => Assert.StartsWith("HTTP 401 /api/review/items?", e, StringComparison.Ordinal));
            errors.Clear();
        }
    }

    private static async Task UseKeyAsync(IPage page, string key)
    {
        await page.Locator("#admin-key").FillAsync(key);
        await page.Locator("#use-key").ClickAsync();
    }

    /// <summary>Status "any": the read-only tests see every item whatever the acting tests did before them.</summary>
    private static async Task ShowAllStatusesAsync(IPage page)
    {
        await page.Locator("select[name=status]").SelectOptionAsync(new SelectOptionValue { Label = "any" });
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("item(s) on this page");
    }

    private async Task<JsonElement> ItemAsync(string id)
    {
        using var response = await queue.Host.Host.GetAsync($"api/review/items/{id}", new Dictionary<string, string> { ["GenScreen-Admin-Key"] = ReviewQueueFixture.AdminKey });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }

    /// <summary>The page as the tests see it, for docs/review-page.png (written there only when asked, else under artifacts/).</summary>
    private static async Task ScreenshotAsync(IPage page)
    {
        var root = RepositoryRoot.Find();
        var update = Environment.GetEnvironmentVariable(ScreenshotSetting) == "1";
        var path = update ? Path.Combine(root, "docs", "review-page.png") : Path.Combine(root, "artifacts", "review-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.thumb img')].every(i => i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 0);
    }
}
