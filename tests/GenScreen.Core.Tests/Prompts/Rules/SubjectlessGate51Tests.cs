using System.Text;
using System.Text.Json;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Tests.Prompts.Rules;

/// <summary>
/// Session 43 (i16-refusals51): <see cref="SubjectlessGate"/>, the one gate of the four last-resort person readers, and its refusal
/// classes as a debug build's probe reports them (<see cref="SubjectlessGate.Trace"/>).
/// </summary>
public sealed class SubjectlessGate51Tests
{
    /// <summary>
    /// Screens a prompt with the probe set and returns the first refusal each reader reported on the first pass (absent: the reader
    /// was not reached), and the last one it reported (the second pass's, <see cref="SubjectlessGate.ReadAgain"/>, when it ran).
    /// </summary>
    private static Dictionary<SubjectlessReader, GateRefusal> Refusals(string prompt) => Refusals(prompt, out _);

    private static Dictionary<SubjectlessReader, GateRefusal> Refusals(string prompt, out Dictionary<SubjectlessReader, GateRefusal> last)
    {
        _ = TestScreeners.Default; // built (and warmed) before the probe is set
        var seen = new Dictionary<SubjectlessReader, GateRefusal>();
        var after = new Dictionary<SubjectlessReader, GateRefusal>();
        last = after;
        SubjectlessGate.Probe = (reader, refusal) =>
        {
            seen.TryAdd(reader, refusal);
            after[reader] = refusal;
        };
        try
        {
            TestScreeners.Screen(prompt);
        }
        finally
        {
            SubjectlessGate.Probe = null;
        }

        return seen;
    }

#if DEBUG
    [Theory]
    [InlineData("a woman, nude, on a leather sofa, Zorvan Kelt", "PersonWord")] // a person word is the subject
    [InlineData("35-year-old, topless on the beach, Zorvan Kelt", "AdultPerson")] // an age said of a person
    [InlineData("a mermaid, topless on a rock, Zorvan Kelt", "FictionFrame")] // drawn or invented
    [InlineData("a quiet lake at dawn, Zorvan Kelt rowing", "NotSexual")]
    public void Probe_ReportsTheLatinReadersRefusal(string prompt, string expected)
    {
        var seen = Refusals(prompt);
        Assert.Equal(Enum.Parse<GateRefusal>(expected), seen[SubjectlessReader.Latin]);
    }

    [Fact]
    public void Probe_ReportsEveryReaderOnAnOpenGate()
    {
        // Sexual content and no one else: the gates are open (the Cyrillic/Greek reader finds no script of its own).
        var seen = Refusals("topless on the balcony at dusk, film grain");
        Assert.Equal(GateRefusal.None, seen[SubjectlessReader.Latin]);
        Assert.Equal(GateRefusal.NoScript, seen[SubjectlessReader.Cased]);
        Assert.Equal(GateRefusal.None, seen[SubjectlessReader.Caseless]);
    }
#endif

    [Fact]
    public void FictionFrames_OneTableForEveryScript()
    {
        // The table the four readers share holds the Latin, Cyrillic/Greek and caseless readers' frame words.
        Assert.True(SubjectlessGate.FictionFrames.Contains("anime"));
        Assert.True(SubjectlessGate.FictionFrames.Contains("ведьма"));
        Assert.True(SubjectlessGate.FictionFrames.Contains("μυθολογια"));
        Assert.True(SubjectlessGate.FictionFrames.Contains("काल्पनिक"));
        Assert.True(SubjectlessGate.FictionFrames.Contains("การ์ตูน"));
        Assert.False(SubjectlessGate.FictionFrames.Contains("cosplay")); // a cosplayer is a real person
        Assert.True(SubjectlessGate.StyleWords.Contains("стиле"));
        Assert.True(SubjectlessGate.StyleWords.Contains("manier"));
    }

    /// <summary>
    /// The refusal tally (a tool, not a check): with GENSCREEN_REFUSAL_TALLY set to "OUT.tsv:BATCH.jsonl[:BATCH.jsonl…]", screens
    /// every person item of the batches that the build allows under `mature` and writes, per reader, which refusal it reported
    /// (docs/labelled-prompts.md, session 43). Without the variable it does nothing.
    /// </summary>
    [Fact]
    public void RefusalTally_OfPersonMisses()
    {
        var spec = Environment.GetEnvironmentVariable("GENSCREEN_REFUSAL_TALLY");
        if (string.IsNullOrEmpty(spec))
        {
            return;
        }

        var parts = spec.Split(':');
        var output = new StringBuilder("batch\tid\tlang\tlatin\tcased\tcjk\tcaseless\n");
        foreach (var batch in parts.Skip(1))
        {
            foreach (var line in File.ReadLines(batch))
            {
                using var row = JsonDocument.Parse(line);
                var root = row.RootElement;
                if (root.GetProperty("label").GetString() != "person")
                {
                    continue;
                }

                var prompt = root.GetProperty("prompt").GetString()!;
                if (TestScreeners.Screen(prompt).Decision != Decision.Allow)
                {
                    continue;
                }

                var seen = Refusals(prompt, out var last);
                string Of(SubjectlessReader r) => (seen.TryGetValue(r, out var v) ? v.ToString() : "-") + "/" + (last.TryGetValue(r, out var w) ? w.ToString() : "-");
                output.Append(Path.GetFileNameWithoutExtension(batch)).Append('\t').Append(root.GetProperty("id").GetString()).Append('\t')
                    .Append(root.GetProperty("lang").GetString()).Append('\t').Append(Of(SubjectlessReader.Latin)).Append('\t')
                    .Append(Of(SubjectlessReader.Cased)).Append('\t').Append(Of(SubjectlessReader.Cjk)).Append('\t')
                    .Append(Of(SubjectlessReader.Caseless)).Append('\n');
            }
        }

        File.WriteAllText(parts[0], output.ToString());
    }
}
