using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;
using GenScreen.Core.Prompts.Rules;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// The gates of session 13 (docs/performance.md, "Session 13"): each word's class bits (<see cref="WordShape"/>), kept in
/// the matcher's memo, say no only to words the rule behind them would have turned away itself; the tokenizer's word hash
/// (<see cref="Token.Hash"/>) is the hash of the token's final text; and a token carries its memo entry only when the
/// matcher read or kept one for exactly its word.
/// </summary>
public sealed class WordShapeGateTests
{
    private static readonly Lazy<LexiconSet> Lexicons = new(() => LexiconSet.Build(BuiltInLexicons.Load()));

    [Theory]
    [InlineData("zwolfjahrige", (int)WordShape.AgeCompound)] // zwölfjährige, folded as the tokenizer writes it
    [InlineData("twelveyearold", (int)WordShape.AgeCompound)]
    [InlineData("dodicenne", (int)WordShape.AgeCompound)]
    [InlineData("twelvie", (int)WordShape.AgeCompound)]
    [InlineData("ca", (int)WordShape.TwoWordRole)]
    [InlineData("bintang", (int)WordShape.TwoWordRole)]
    [InlineData("zieh", (int)WordShape.SeparableVerb)]
    [InlineData("trekt", (int)WordShape.SeparableVerb)]
    [InlineData("lighthouse", (int)WordShape.None)]
    [InlineData("masterpiece", (int)WordShape.None)]
    [InlineData("altar", (int)WordShape.None)]
    [InlineData("tennies", (int)WordShape.None)]
    public void Of_GivesEachRulesOwnWordTest(string word, int expected)
    {
        Assert.Equal(WordShape.Classified | (WordShape)expected, WordShapes.Of(word, Lexicons.Value));
    }

    /// <summary>Every distinct word of the labelled prompts: each bit is exactly the rule's own word-only test.</summary>
    [Fact]
    public void Of_EveryLabelledWord_BitsAgreeWithTheRules()
    {
        var lexicons = Lexicons.Value;
        var text = new TokenizedText();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in LabelledPrompt.LoadAll())
        {
            PromptTokenizer.Tokenize(p.Prompt, text);
            for (var i = 0; i < text.Count; i++)
            {
                words.Add(text.TextOf(in text[i]).ToString());
            }
        }

        Assert.True(words.Count > 10_000, $"only {words.Count} words");
        var ages = 0;
        foreach (var word in words)
        {
            var shape = WordShapes.Of(word, lexicons);
            var age = AgeDetector.IsCompoundAge(word, lexicons, out _);
            ages += age ? 1 : 0;
            Assert.True(age == ((shape & WordShape.AgeCompound) != 0), word);
            Assert.True(TwoWordRoles.MayStart(word) == ((shape & WordShape.TwoWordRole) != 0), word);
            Assert.True(SeparableUndress.IsVerb(word) == ((shape & WordShape.SeparableVerb) != 0), word);
        }

        Assert.True(ages > 10, $"only {ages} one-word ages among the labelled words");
    }

    /// <summary>
    /// After matching every labelled prompt (twice, so the second pass reads the memo): each token's hash is its text's, and
    /// a token's memo entry, when it has one, is its own word's, with the prompt index's class bits (none for the negative).
    /// </summary>
    [Fact]
    public void Match_EveryLabelledPrompt_TokenHashAndMemoEntryBelongToTheTokensWord()
    {
        var lexicons = Lexicons.Value;
        var text = new TokenizedText();
        var withEntry = 0;
        foreach (var p in LabelledPrompt.LoadAll())
        {
            foreach (var (prompt, index) in new[] { (p.Prompt, lexicons.Prompt), (p.NegativePrompt, lexicons.Negative) })
            {
                if (string.IsNullOrEmpty(prompt))
                {
                    continue;
                }

                for (var pass = 0; pass < 2; pass++)
                {
                    PromptTokenizer.Tokenize(prompt, text);
                    TermMatcher.Match(text, index, new SignalSummary(), index == lexicons.Prompt ? PromptField.Prompt : PromptField.NegativePrompt);
                    for (var i = 0; i < text.SequenceCount; i++)
                    {
                        ref var token = ref text[i];
                        var word = text.TextOf(in token);
                        Assert.True(WordHash.Of(word) == token.Hash, $"{p.Id}: hash of '{word}'");
                        if (token.Known is PlainWordMemo.Known known)
                        {
                            withEntry++;
                            Assert.True(word.SequenceEqual(known.Word), $"{p.Id}: '{word}' carries the entry of '{known.Word}'");
                            Assert.Equal(index == lexicons.Prompt ? WordShapes.Of(word, lexicons) : WordShape.None, known.Shape);
                            Assert.Equal(known.Shape, token.Shape);
                        }
                        else
                        {
                            Assert.True(token.Known is null);
                            Assert.True(token.MayBe(WordShape.AgeCompound | WordShape.TwoWordRole | WordShape.SeparableVerb));
                        }
                    }
                }
            }
        }

        Assert.True(withEntry > 50_000, $"only {withEntry} tokens with a memo entry");
    }

    [Fact]
    public void MayBe_UnclassifiedWordMayBeAnything_ClassifiedOnlyItsBits()
    {
        Assert.True(new Token().MayBe(WordShape.AgeCompound));
        Assert.True(new Token { Shape = WordShape.Classified | WordShape.TwoWordRole }.MayBe(WordShape.TwoWordRole));
        Assert.False(new Token { Shape = WordShape.Classified | WordShape.TwoWordRole }.MayBe(WordShape.AgeCompound));
        Assert.False(new Token { Shape = WordShape.Classified }.MayBe(WordShape.SeparableVerb));
    }

    /// <summary>An anchor's lookups are kept per direction and initial: only a lookup that found nothing turns the next one away.</summary>
    [Fact]
    public void AnchorNames_OnlyALookupThatFoundNothingTurnsAway()
    {
        var info = default(TermInfo);
        var rose = new PlainWordMemo().Remember("rose", repeats: false, found: false, in info, inert: true);
        Assert.True(rose.MayAnchorNames(after: true, 'x'));
        rose.NoteAnchorNames(after: true, 'x', found: false);
        rose.NoteAnchorNames(after: true, 'b', found: true);
        rose.NoteAnchorNames(after: true, '\u00e9', found: false); // not a-z: never kept
        Assert.False(rose.MayAnchorNames(after: true, 'x'));
        Assert.True(rose.MayAnchorNames(after: true, 'b'));
        Assert.True(rose.MayAnchorNames(after: false, 'x'));
        Assert.True(rose.MayAnchorNames(after: true, '\u00e9'));
        rose.NoteAnchorNames(after: true, 'x', found: true); // a later answer never replaces the first
        Assert.False(rose.MayAnchorNames(after: true, 'x'));
    }

    /// <summary>The anchor lookup through a word's entry gives what the table gives, for every anchor of a typed name and each initial.</summary>
    [Fact]
    public void Candidates_ThroughTheEntry_SameAsTheTable()
    {
        var lexicons = Lexicons.Value;
        var names = lexicons.People.FuzzyNames;
        var info = default(TermInfo);
        var anchors = lexicons.Prompt.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal) && lexicons.Prompt.TryGet(k, out var i) && (i.Tags & WordTags.NameAnchor) != 0).Take(3000).ToArray();
        Assert.True(anchors.Length > 500, $"only {anchors.Length} anchors");
        foreach (var anchor in anchors)
        {
            var known = new PlainWordMemo().Remember(anchor, repeats: false, found: true, in info, inert: false);
            for (var pass = 0; pass < 2; pass++)
            {
                foreach (var direction in new[] { '>', '<' })
                {
                    for (var c = 'a'; c <= 'z'; c++)
                    {
                        Assert.Same(names.Candidates(anchor, direction, c), names.Candidates(anchor, direction, c, known));
                    }
                }
            }
        }
    }

    /// <summary>The one pair an entry remembers is compared by identity: another entry of the same word is not it.</summary>
    [Fact]
    public void NoTypedNameBefore_RemembersOnePairByIdentity()
    {
        var memo = new PlainWordMemo();
        var info = default(TermInfo);
        var warm = memo.Remember("warm", repeats: false, found: false, in info, inert: true);
        var color = memo.Remember("color", repeats: false, found: false, in info, inert: true);
        Assert.False(warm.IsNoTypedNameBefore(color));
        warm.NoteNoTypedNameBefore(color);
        Assert.True(warm.IsNoTypedNameBefore(color));
        var colorAgain = memo.Remember("color", repeats: false, found: false, in info, inert: true);
        Assert.False(warm.IsNoTypedNameBefore(colorAgain));
        Assert.False(color.IsNoTypedNameBefore(warm));
    }
}
