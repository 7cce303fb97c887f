using GenScreen.Core.Configuration;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Benchmarks;

/// <summary>Each token of the benign prompt after screening: text, flags, tags, roles, phrase reach (<c>prompt-tokens</c>; a diagnostic).</summary>
internal static class PromptTokenDump
{
    public static void Run(TextWriter output, string? prompt)
    {
        var lexicons = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()));
        var text = new TokenizedText();
        var signals = new SignalSummary();
        prompt ??= SamplePrompts.Benign;
        PromptTokenizer.Tokenize(prompt, text);
        TermMatcher.Match(text, lexicons.Prompt, signals, PromptField.Prompt);
        AgeDetector.Detect(text, lexicons, signals, 2026);
        PersonDetector.Detect(text, lexicons, signals);
        for (var i = 0; i < text.Count; i++)
        {
            ref var t = ref text[i];
            var word = text.TextOf(in t).ToString();
            var found = lexicons.Prompt.TryGet(word, out var info);
            output.WriteLine($"{i,3} {word,-18} flags={t.Flags} tags={t.Tags} roles={t.Roles} lang={(t.Languages != 0 ? "y" : "-")} found={found} entry={info.Entry?.Signal.ToString() ?? "-"} maxPhrase={info.MaxPhraseTokens} upper={char.IsUpper(text.Source[t.SourceStart])}");
        }
    }
}
