using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Rules;
using Xunit.Abstractions;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 45 (i16-speed53): <see cref="IntimateFrames.Read(string, bool, bool)"/> (the decision's frames) and
/// <see cref="IntimateFrames.ReadWear"/> (the suggestive wear read before the people rules, session 44) share one pass over the
/// prompt per screening: one walk of the cue tries fills both readers' hit lists, kept per thread until the next screening starts.
/// The shared lists must be exactly the lists each reader's own pass finds (every labelled prompt, and prompts with every cue put
/// in, enough of them to fill both lists), and a screening's second and third reads must not walk the prompt again
/// (docs/performance.md, session 45).
/// </summary>
public sealed class Speed53Tests(ITestOutputHelper output)
{
    private const string Benign =
        "(masterpiece:1.2), (best quality:1.1), ultra detailed, 8k, cinematic lighting, a lone lighthouse on a rugged " +
        "cliff at golden hour, crashing waves, dramatic storm clouds, volumetric god rays, seagulls in flight, " +
        "[oil painting|watercolor], by greg rutkowski and alphonse mucha, <lora:detail_tweaker:0.6>, trending on artstation, " +
        "sharp focus, intricate details, warm color palette, BREAK wide angle, depth of field, bokeh, film grain, " +
        "((highly detailed sky)), soft rim light, photorealistic, award winning photograph";

    [Fact]
    public void SharedPass_FindsEachReadersOwnHits_OnEveryLabelledPromptAndEveryCue()
    {
        var random = new Random(53);
        var prompts = LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct().ToList();
        var count = prompts.Count;
        var cues = IntimateFrames.Table.Values.SelectMany(bucket => bucket).Select(c => c.Text).Distinct().ToArray();
        foreach (var cue in cues)
        {
            var other = prompts[random.Next(count)];
            prompts.Add($"{other[..(other.Length / 2)]} {cue} {other[(other.Length / 2)..]}");
            prompts.Add(cue.ToUpperInvariant() + "x" + cue + ". " + cue);
        }

        // Long prompts of many cues, so that both lists fill (32 frame hits, 96 wear hits) and the pass goes on for the other one.
        for (var k = 0; k < 200; k++)
        {
            prompts.Add(string.Join(random.Next(3) == 0 ? ", " : " ", Enumerable.Range(0, 60 + random.Next(200)).Select(_ => cues[random.Next(cues.Length)])));
        }

        var (frames, wear, full) = (0L, 0L, 0);
        foreach (var prompt in prompts)
        {
            IntimateFrames.StartScreening();
            var shared = IntimateFrames.ScanShared(prompt);
            var ownFrames = IntimateFrames.ScanAlone(prompt, wear: false);
            var ownWear = IntimateFrames.ScanAlone(prompt, wear: true);
            Assert.True(ownFrames.SequenceEqual(shared.Frames), $"frame hits differ on '{prompt}'");
            Assert.True(ownWear.SequenceEqual(shared.Wear), $"wear hits differ on '{prompt}'");
            frames += ownFrames.Length;
            wear += ownWear.Length;
            full += ownFrames.Length == 32 && ownWear.Length == 96 ? 1 : 0;
        }

        output.WriteLine($"{prompts.Count} prompts, {frames} frame hits, {wear} wear hits, {full} with both lists full");
        Assert.True(frames > 10_000 && wear > 10_000 && full > 10, $"{frames} frame hits, {wear} wear hits, {full} full");
    }

    [Fact]
    public void OneScreening_WalksThePromptOnce_AndTheNextScreeningAgain()
    {
        Assert.True(WorkCounter.IsCompiled); // steps are counted in Debug builds (the tests' build)

        // As a screening reads the benign prompt: the wear before the people rules, then the decision's frames (named and not).
        IntimateFrames.StartScreening();
        WorkCounter.Reset();
        IntimateFrames.ReadWear(Benign);
        var first = WorkCounter.Steps;
        IntimateFrames.Read(Benign, named: false, ride: true);
        IntimateFrames.Read(Benign, named: true, ride: false);
        var again = WorkCounter.Steps - first;

        // The next screening of the same string reads it afresh (a benchmark's loop must time the pass, not the kept hits).
        IntimateFrames.StartScreening();
        WorkCounter.Reset();
        IntimateFrames.Read(Benign, named: false, ride: true);
        var next = WorkCounter.Steps;

        // A different string (the same text or not) is read afresh too, and read alike.
        var copy = new string(Benign.AsSpan());
        WorkCounter.Reset();
        var copied = IntimateFrames.Read(copy, named: false, ride: true);
        var copySteps = WorkCounter.Steps;

        output.WriteLine($"first read {first} steps, the two reads after it {again}, next screening {next}, a copy {copySteps}");
        Assert.True(first > 100, $"first read {first} steps");
        Assert.True(again < 10, $"the decision's reads walked the prompt again: {again} steps after the wear read's {first}");
        Assert.Equal(first, next);
        Assert.Equal(first, copySteps);
        Assert.Equal(IntimateFrames.Read(Benign, named: false, ride: true), copied);
    }

    [Fact]
    public void Screen_OfTheSamePromptTwice_GivesTheSameVerdict_AsAFreshCopy()
    {
        var screener = TestScreeners.Default;
        foreach (var prompt in LabelledPrompt.LoadAll().Select(p => p.Prompt).Distinct().Where(p => p.Length > 0).Take(3_000))
        {
            var a = screener.Screen(prompt, null, "mature");
            var b = screener.Screen(prompt, null, "mature");
            var c = screener.Screen(new string(prompt.AsSpan()), null, "mature");
            Assert.Equal(a.Decision, b.Decision);
            Assert.Equal(a.Decision, c.Decision);
            Assert.Equal(string.Join(",", a.Reasons.Select(r => r.Code)), string.Join(",", c.Reasons.Select(r => r.Code)));
        }
    }
}
