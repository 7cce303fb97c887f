using GenScreen.Core.Configuration;
using GenScreen.Core.Detectors;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Verdicts;

namespace GenScreen.Core.Prompts;

/// <summary>
/// Screens a prompt: normalize and tokenize, match lexicons (prompt and negative prompt apart),
/// detect stated ages, then apply the rules of the chosen policy. Thread-safe; allocation is limited to
/// the verdict itself (each thread reuses its own workspace).
/// </summary>
public sealed class PromptScreener
{
    [ThreadStatic]
    private static Workspace? t_workspace;

    private readonly LexiconSet _lexicons;
    private readonly PolicyCatalog _policies;
    private readonly Steering _steering;
    private readonly TimeProvider _time;

    /// <param name="time">The clock a birth year is counted against (<c>born in 2012</c>); the system clock when null.</param>
    public PromptScreener(LexiconSet lexicons, PolicyCatalog policies, string defaultPolicy, SteeringOptions? steering = null, TimeProvider? time = null)
    {
        _lexicons = lexicons;
        _time = time ?? TimeProvider.System;
        _policies = policies;
        _steering = new Steering(lexicons, steering ?? new SteeringOptions());
        if (!policies.TryGet(defaultPolicy, out _))
        {
            throw new ArgumentException($"Default policy '{defaultPolicy}' is not one of: {string.Join(", ", policies.Names)}.", nameof(defaultPolicy));
        }

        DefaultPolicy = defaultPolicy;
        PolicyVersion = $"{policies.Version}+lex.{lexicons.ContentHash[..12]}";
    }

    public string DefaultPolicy { get; }

    /// <summary>Builds the lexicon indexes that wait for the first prompt in another script (<see cref="LexiconSet"/>); once, thread-safe.</summary>
    internal void BuildDeferredIndexes() => _lexicons.BuildDeferredIndexes();

    /// <summary>
    /// Why this screener's term indexes were built in memory instead of read from the build-time term-index image beside
    /// GenScreen.Core.dll (missing, stale, unreadable, or configured lexicon sources it does not cover); null when the
    /// image served. Same verdicts either way; for the host to log once.
    /// </summary>
    /// <param name="includeAbsentImage">False: null when the image file is simply not there (a supported set-up).</param>
    public string? TermIndexImageNotice(bool includeAbsentImage = true) =>
        includeAbsentImage || !_lexicons.TermIndexImageAbsent ? _lexicons.TermIndexImageNotice : null;

    /// <summary>Policy file version plus a hash of the exact lexicon content: changes whenever any rule does.</summary>
    public string PolicyVersion { get; }

    public IEnumerable<string> PolicyNames => _policies.Names;

    public bool IsKnownPolicy(string name) => _policies.TryGet(name, out _);

    /// <summary>The named policy (null: the default); false when unknown.</summary>
    public bool TryGetPolicy(string? name, out ScreeningPolicy policy) => _policies.TryGet(name ?? DefaultPolicy, out policy);

    /// <param name="prompt">What the user asked to generate.</param>
    /// <param name="negativePrompt">What the user asked to avoid; not intent, except where it negates clothing or adulthood.</param>
    /// <param name="policy">Policy name; null for the default.</param>
    /// <exception cref="ArgumentException">Unknown policy.</exception>
    public PromptVerdict Screen(string prompt, string? negativePrompt = null, string? policy = null) =>
        Screen(prompt, negativePrompt, policy, [], GenerationMode.Txt2Img);

    /// <param name="mode">What the generator does with the prompt: with an uploaded image, undressing is a nudify request.</param>
    /// <exception cref="ArgumentException">Unknown policy.</exception>
    public PromptVerdict Screen(string prompt, string? negativePrompt, string? policy, GenerationMode mode) =>
        Screen(prompt, negativePrompt, policy, [], mode);

    /// <summary>Screens with the findings of external detectors merged in before the rules decide.</summary>
    /// <exception cref="ArgumentException">Unknown policy.</exception>
    public PromptVerdict Screen(string prompt, string? negativePrompt, string? policy, IReadOnlyList<DetectorResult> external, GenerationMode mode = GenerationMode.Txt2Img)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (!_policies.TryGet(policy ?? DefaultPolicy, out var screeningPolicy))
        {
            throw new ArgumentException($"Unknown policy '{policy}'. Known policies: {string.Join(", ", _policies.Names)}.", nameof(policy));
        }

        var w = t_workspace ??= new Workspace();
        PhotoSubject.StartScreening();
        IntimateFrames.StartScreening(); // session 45: the frame and wear hits are read once per screening, kept for both readers
        w.Signals.Clear();
        w.Signals.Source = prompt;
        PromptTokenizer.Tokenize(prompt, w.Text);
        TermMatcher.Match(w.Text, _lexicons.Prompt, w.Signals, PromptField.Prompt);
        // English sexual words written in another script (ब्लोजॉब, ブロージョブ, 블로우잡, блоуджоб: session 30), read by sound before the
        // people rules, which read a name beside sexual content; only prompts with a letter of another script pay for it.
        Loanwords.Detect(prompt, w.Signals);
        // Session 44 (i16-wear52): suggestive wear said by its parts (a towel worn alone, a wet shirt, boxer briefs), read before the
        // people rules so that their gates open beside it; PromptRules counts it beside a named or described person only.
        SuggestiveWear.Detect(prompt, w.Signals);
        AgeDetector.Detect(w.Text, _lexicons, w.Signals, _time);
        PersonDetector.Detect(w.Text, _lexicons, w.Signals);
        // A child said by the grammar of a statement (session 16), Thai school stages (session 19), then sexual content said by
        // everyday words in combination (session 18): the clause readers behind one trigger scan.
        // Session 40: the tables' rows that are another language's frequent word are read in the prompt's language.
        ClauseRowLanguages.Begin(w.Text, _lexicons.Prompt);
        try
        {
            StatementTriggers.Detect(prompt, w.Signals);
        }
        finally
        {
            ClauseRowLanguages.End();
        }

        // The last-resort person readers once more (session 43): sexual content the clause readers found, and child triggers
        // they weighed without finding a minor, no longer shut their gate.
        SubjectlessGate.ReadAgain(w.Text, _lexicons, w.Signals);

        if (!string.IsNullOrEmpty(negativePrompt))
        {
            PromptTokenizer.Tokenize(negativePrompt, w.Text);
            TermMatcher.Match(w.Text, _lexicons.Negative, w.Signals, PromptField.NegativePrompt);
        }

        foreach (var result in external)
        {
            ExternalSignals.Add(result, w.Signals);
        }

        return PromptRules.Decide(w.Signals, screeningPolicy, PolicyVersion, external, mode, _steering);
    }

    private sealed class Workspace
    {
        public TokenizedText Text { get; } = new();

        public SignalSummary Signals { get; } = new();
    }
}
