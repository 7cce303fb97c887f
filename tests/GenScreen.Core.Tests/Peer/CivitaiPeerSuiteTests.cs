using System.Globalization;
using System.Text;
using GenScreen.Core.Tests.Prompts;
using GenScreen.Core.Verdicts;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Peer;

/// <summary>
/// Civitai's published prompt-audit tests run as a peer suite (Data/peer, Apache-2.0, see its NOTICE): every
/// phrase alone and with a sexual cue added, under <c>mature</c>. The pass rate of each group and form must not
/// fall below the floor in the ratchet file; the full figures are printed (dotnet test --logger
/// "console;verbosity=detailed"), with the misses.
/// </summary>
public sealed class CivitaiPeerSuiteTests(ITestOutputHelper output)
{
    private const string PhrasesFile = "civitai-audit.jsonl";
    private const string PinnedFile = "civitai-pinned.jsonl";
    private const string RatchetFile = "civitai-audit.ratchet.json";
    private const string Policy = "mature";
    private const int MissesShownPerForm = 15;

    private static readonly string[] Forms = ["alone", "cued"];

    private static readonly Lazy<IReadOnlyList<PeerPhrase>> Phrases = new(() => PeerPhrase.Load(PhrasesFile));

    [Fact]
    public void PeerSuite_EveryGroupAndForm_AtLeastItsRatchetFloor()
    {
        var ratchet = PeerRatchet.Load(RatchetFile);
        var figures = Measure(Phrases.Value);
        var problems = new List<string>();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Civitai peer suite, policy {Policy}: {Phrases.Value.Count:N0} phrases, each alone and with a sexual cue");
        report.AppendLine(CultureInfo.InvariantCulture, $"  {"group",-18} {"form",-6} {"passed",14} {"rate",8}  floor");
        foreach (var ((group, form), f) in figures.OrderBy(kv => kv.Key.Group, StringComparer.Ordinal).ThenBy(kv => kv.Key.Form, StringComparer.Ordinal))
        {
            var floor = ratchet.Floors.GetValueOrDefault(group)?.GetValueOrDefault(form);
            var note = floor switch
            {
                null => "none",
                { } v when f.Percent < v => Invariant($"{v:0.0} % FELL BELOW"),
                { } v when f.FloorCandidate > v => Invariant($"{v:0.0} % (can be raised to {f.FloorCandidate:0.0})"),
                { } v => Invariant($"{v:0.0} %"),
            };
            report.AppendLine(Invariant($"  {group,-18} {form,-6} {f.Passed,6:N0}/{f.Total,-7:N0} {f.Percent,6:0.0} %  {note}"));
            if (floor is null)
            {
                problems.Add($"{group}/{form} has no floor in {RatchetFile}: add one (its rate today is {f.Percent:0.0} %)");
            }
            else if (f.Percent < floor)
            {
                problems.Add(Invariant($"{group}/{form}: {f.Percent:0.0} % is below its floor {floor:0.0} %"));
            }
        }

        foreach (var (group, forms) in ratchet.Floors)
        {
            problems.AddRange(forms.Keys.Where(form => !figures.ContainsKey((group, form))).Select(form => $"{RatchetFile} has a floor for {group}/{form}, which the suite does not have"));
        }

        report.AppendLine("misses (first of each group and form):");
        foreach (var ((group, form), f) in figures.Where(kv => kv.Value.Misses.Count > 0).OrderBy(kv => kv.Key.Group, StringComparer.Ordinal).ThenBy(kv => kv.Key.Form, StringComparer.Ordinal))
        {
            foreach (var miss in f.Misses.Take(MissesShownPerForm))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {group}/{form} {miss}");
            }

            if (f.Misses.Count > MissesShownPerForm)
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"  {group}/{form} … and {f.Misses.Count - MissesShownPerForm:N0} more");
            }
        }

        output.WriteLine(report.ToString());
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\n" + report);
    }

    /// <summary>
    /// The cases issue 16 names (Pony score tags are not ages; a score tag does not hide a real age): each passes,
    /// or is listed in the ratchet's knownFailures with why. A listed case that passes must be taken off the list.
    /// </summary>
    [Fact]
    public void PeerSuite_PinnedCases_PassOrAreListedAsKnownFailures()
    {
        var ratchet = PeerRatchet.Load(RatchetFile);
        var pinned = LoadPinned();
        var problems = new List<string>();
        foreach (var p in pinned)
        {
            foreach (var (policy, expected) in p.Expect)
            {
                var key = $"{p.Id}/{policy}";
                var verdict = TestScreeners.Default.Screen(p.Prompt, p.NegativePrompt, policy);
                var actual = WireNames.Of(verdict.Decision);
                var passes = actual == expected;
                var known = ratchet.KnownFailures.TryGetValue(key, out var why);
                output.WriteLine($"{key}: expected {expected}, got {actual}{(known ? $" (known failure: {why})" : string.Empty)}: \"{p.Prompt}\"");
                if (!passes && !known)
                {
                    problems.Add($"{key}: expected {expected}, got {actual} for \"{p.Prompt}\"; reasons: {Describe(verdict)}");
                }
                else if (passes && known)
                {
                    problems.Add($"{key} passes now: remove it from knownFailures in {RatchetFile}");
                }
            }
        }

        var ids = pinned.SelectMany(p => p.Expect.Keys.Select(policy => $"{p.Id}/{policy}")).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(ratchet.KnownFailures.Keys.Where(k => !ids.Contains(k)).Select(k => $"knownFailures names {k}, which is not a pinned case"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void PeerSuite_Data_EveryPhraseAttributedWithAKnownExpectation()
    {
        var phrases = Phrases.Value;
        var notice = File.ReadAllText(Path.Combine(PeerPhrase.Folder, "NOTICE"));

        Assert.Contains("Apache License, Version 2.0", notice, StringComparison.Ordinal);
        Assert.Matches("commit [0-9a-f]{40}", notice);
        Assert.True(phrases.Count >= 1_000, $"only {phrases.Count} phrases");
        Assert.Equal(phrases.Count, phrases.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(phrases, p =>
        {
            Assert.Contains(p.Source, notice, StringComparison.Ordinal); // every source file is attributed
            Assert.False(string.IsNullOrWhiteSpace(p.Prompt), p.Id);
            Assert.StartsWith(p.Prompt, p.Cued.Prompt, StringComparison.Ordinal);
            Assert.True(p.Cued.Prompt.Length > p.Prompt.Length, p.Id);
            Assert.Contains(p.Alone, PeerExpectation.All);
            Assert.Contains(p.Cued.Expect, PeerExpectation.All);
        });
        foreach (var group in new[] { "minors", "real-people", "traps" })
        {
            Assert.Contains(phrases, p => p.Group == group);
        }
    }

    [Fact]
    public void PeerSuite_PinnedPonyTags_AreInThePinnedSet()
    {
        var pinned = LoadPinned();

        var pony = Assert.Single(pinned, p => p.Prompt == "score_9, year 2025, nude");
        Assert.Equal("allow", pony.Expect["mature"]);
    }

    private static IReadOnlyList<LabelledPrompt> LoadPinned() =>
        [.. File.ReadLines(Path.Combine(PeerPhrase.Folder, PinnedFile))
            .Where(line => line.Trim().Length > 0)
            .Select(line => System.Text.Json.JsonSerializer.Deserialize<LabelledPrompt>(line)!)];

    private static Dictionary<(string Group, string Form), GroupFigures> Measure(IEnumerable<PeerPhrase> phrases)
    {
        var figures = new Dictionary<(string, string), GroupFigures>();
        foreach (var p in phrases)
        {
            foreach (var form in Forms)
            {
                var (prompt, expectation) = form == "alone" ? (p.Prompt, p.Alone) : (p.Cued.Prompt, p.Cued.Expect);
                var verdict = TestScreeners.Default.Screen(prompt, p.NegativePrompt, Policy);
                if (!figures.TryGetValue((p.Group, form), out var f))
                {
                    f = new GroupFigures();
                    figures.Add((p.Group, form), f);
                }

                f.Total++;
                if (PeerExpectation.IsMet(expectation, verdict))
                {
                    f.Passed++;
                }
                else
                {
                    f.Misses.Add($"{p.Id} expected {expectation}, got {WireNames.Of(verdict.Decision)}: \"{Shorten(prompt)}\" {Describe(verdict)}");
                }
            }
        }

        return figures;
    }

    private static string Describe(PromptVerdict verdict) =>
        verdict.Reasons.Count == 0 ? "(no reasons)" : string.Join("; ", verdict.Reasons.Where(r => !r.Code.StartsWith("term.", StringComparison.Ordinal) || r.Term is not null).Select(r => r.Term is null ? r.Code : $"{r.Code} \"{r.Term}\""));

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "…");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class GroupFigures
    {
        public int Total { get; set; }

        public int Passed { get; set; }

        public List<string> Misses { get; } = [];

        public double Percent => Total == 0 ? 100 : 100.0 * Passed / Total;

        /// <summary>Today's rate rounded down to one decimal: the floor the ratchet can be raised to.</summary>
        public double FloorCandidate => Math.Floor(Percent * 10) / 10;
    }
}
