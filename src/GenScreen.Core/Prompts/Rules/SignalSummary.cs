using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>The strongest evidence for each signal found in a prompt and its negative prompt.</summary>
internal sealed class SignalSummary
{
    private static readonly int SignalCount = Enum.GetValues<Signal>().Length;
    private readonly Evidence[] _strongest = new Evidence[SignalCount];

    /// <summary>Where in the prompt youth, adult and nudity terms stand (<see cref="TagPlaces"/>): the tag decides whom a word describes.</summary>
    public TagPlaces Places { get; } = new();

    /// <summary>The prompt these signals were read from (tag places are positions in it).</summary>
    public string Source { get; set; } = string.Empty;

    /// <summary>A child word named only as absent (<see cref="ChildAbsence"/>), kept aside until another youth word shows up.</summary>
    private Evidence _absentMinor;

    /// <summary>A word for a depicted person was seen (woman, girl, portrait): steering applies.</summary>
    public bool DepictsPeople { get; private set; }

    /// <summary>A person word other than a girl or boy noun (<see cref="GirlBoyNouns"/>): woman, man, person, model, wife.</summary>
    public bool NamesGrownPerson { get; private set; }

    /// <summary>Steering language of the first person word seen (0: none known).</summary>
    public byte PeopleLanguage { get; private set; }

    /// <summary>
    /// The steering language the prompt's script says (<see cref="ScriptLanguage"/>), used when no person word named one;
    /// null for a prompt in Latin script.
    /// </summary>
    public string? ScriptLanguage { get; private set; }

    /// <summary>The script's language is settled: later words need not be read for it.</summary>
    public bool ScriptSettled { get; private set; }

    /// <summary>
    /// The strongest sexual false friend of the prompt whose language the prompt did not show (French <c>nu</c>, Polish
    /// <c>naga</c>): no nudity on its own, but nudity beside a real person (<see cref="FalseFriends"/>).
    /// </summary>
    public Evidence HeldFalseFriend { get; private set; }

    /// <summary>Distinct child hints of the prompt (<see cref="Signal.ChildHint"/>), counted up to <see cref="HintsForLikely"/>.</summary>
    private int _hintCount;

    /// <summary>The first two distinct hint terms (compared by text), so a repeated hint counts once.</summary>
    private string? _hint1;
    private string? _hint2;

    /// <summary>The last distinct hint: the evidence shown when the hints weigh as youth.</summary>
    private Evidence _lastHint;

    /// <summary>The class key of the last distinct hint (its term, or a class key of <see cref="ChildDetails"/>).</summary>
    private string? _lastKey;

    /// <summary>A child hint was noted (<see cref="Signal.ChildHint"/> is counted, not stored): the minors readers weigh it at the decision.</summary>
    public bool HasChildHints => _hintCount > 0;

    /// <summary>The prompt's only child hint and its class key, or default when it has none or several (<see cref="UnnamedSubject"/>).</summary>
    public (Evidence Hint, string? Key) LoneHint => _hintCount == 1 ? (_lastHint, _lastKey) : (default, null);

    /// <summary>A rule read a word naming the person described that no person-word tag marks (a parent heading the prompt, session 20).</summary>
    public bool NamesSomeone { get; private set; }

    public void NoteNamesSomeone() => NamesSomeone = true;

    /// <summary>A parent hint of the prompt is the subject's by its form or a possessive (her mom, u maminky, annesi), not by its place alone.</summary>
    public bool ParentOwnedByForm { get; private set; }

    public void NoteParentOwnedByForm() => ParentOwnedByForm = true;

    /// <summary>
    /// The strongest minor evidence was read by a child statement (a paraphrase: a care act, a small child's thing or skill),
    /// not by a youth word of a lexicon (<c>young</c>): a carer of a later clause is then that child's (session 42, i16-para50).
    /// </summary>
    public bool MinorByStatement { get; private set; }

    /// <summary>
    /// Session 42 (i16-para50): the two parts of a tending act said in different clauses of the prompt: a carer's verb after a
    /// parent who is not the one described (<c>…, тато підштовхує</c>, dad pushes) and what it works on when the one cared for is
    /// a small child (<c>на гойдалці, …</c>, on the swing). Notes one part; true once both were seen (the carer's span is
    /// <see cref="CarerVerb"/>).
    /// </summary>
    public bool NoteCarePart(bool verb, int start, int end)
    {
        if (verb && _carerVerb.Start < 0)
        {
            _carerVerb = (start, end);
        }

        _careTool |= !verb;
        return _careTool && _carerVerb.Start >= 0;
    }

    /// <summary>The parent and carer's verb noted by <see cref="NoteCarePart"/>, or (-1, -1).</summary>
    public (int Start, int End) CarerVerb => _carerVerb;

    private (int Start, int End) _carerVerb = (-1, -1);
    private bool _careTool;

    /// <summary>Notes that the minor evidence just added at <paramref name="start"/>..<paramref name="end"/> is the strongest one.</summary>
    public void NoteMinorStatement(int start, int end)
    {
        ref readonly var minor = ref _strongest[(int)Signal.Minor];
        if (minor.IsPresent && minor.SourceStart == start && minor.SourceEnd == end)
        {
            MinorByStatement = true;
        }
    }

    /// <summary>Distinct hints that weigh as ambiguous youth (level 2).</summary>
    private const int HintsForAmbiguous = 2;

    /// <summary>Distinct hints that weigh as a likely minor (level 3).</summary>
    private const int HintsForLikely = 3;
    /// <summary>
    /// Bare skin named in the prompt (<c>bare skin</c>, <c>peau nue</c>, <c>голая кожа</c>; <see cref="ClothingState"/>), start and end in
    /// the prompt, or -1: painted into the masked area of an uploaded image it is that person undressed (<see cref="PromptRules"/>).
    /// </summary>
    public (int Start, int End) BareSkin { get; private set; } = (-1, -1);

    /// <summary>
    /// A third-person pronoun with no person word before it (<c>she is topless now</c>, <c>ella en topless</c>): with an input image,
    /// the person of the uploaded picture (<see cref="PromptRules"/>), start in the prompt or -1.
    /// </summary>
    public int InputPronoun { get; private set; } = -1;

    public void NoteBareSkin(int start, int end)
    {
        if (BareSkin.Start < 0)
        {
            BareSkin = (start, end);
        }
    }

    public void NoteInputPronoun(int start)
    {
        if (InputPronoun < 0)
        {
            InputPronoun = start;
        }
    }

    public void Clear()
    {
        Array.Clear(_strongest);
        _adultMarks = 0;
        _adultContentMarks = 0;
        _peopleNotes = 0;
        _peopleContentNotes = 0;
        _hintCount = 0;
        _hint1 = null;
        _hint2 = null;
        _lastKey = null;
        NamesSomeone = false;
        ParentOwnedByForm = false;
        MinorByStatement = false;
        _carerVerb = (-1, -1);
        _careTool = false;
        _lastHint = default;
        BareSkin = (-1, -1);
        InputPronoun = -1;
        _absentMinor = default;
        _takenOut = (-1, -1);
        Wear = (-1, -1);
        WearAdded = false;
        Places.Clear();
        Source = string.Empty;
        DepictsPeople = false;
        NamesGrownPerson = false;
        PeopleLanguage = 0;
        ScriptLanguage = null;
        ScriptSettled = false;
        HeldFalseFriend = default;
    }

    /// <summary>Keeps a sexual false friend the language evidence dropped (the first of the highest level).</summary>
    public void Hold(string term, int level, int sourceStart, int sourceEnd)
    {
        if (!HeldFalseFriend.IsPresent || level > HeldFalseFriend.Level)
        {
            HeldFalseFriend = new Evidence(term, level, sourceStart, sourceEnd, PromptField.Prompt);
        }
    }

    public void NotePeople(byte language, bool girlOrBoy = false, bool adultContent = false)
    {
        DepictsPeople = true;
        _peopleNotes++;
        _peopleContentNotes += adultContent ? 1 : 0;
        NamesGrownPerson |= !girlOrBoy;
        if (PeopleLanguage == 0)
        {
            PeopleLanguage = language;
        }
    }

    /// <summary>
    /// Reads a word of a script other than Latin for the prompt's language: the first script seen wins, except that a
    /// provisional language (Cyrillic read as Russian) is settled by a later word of the same script (Ukrainian letters).
    /// </summary>
    public void NoteScript(ReadOnlySpan<char> word)
    {
        var (language, settled) = Rules.ScriptLanguage.Of(word);
        if (language is null)
        {
            return;
        }

        if (ScriptLanguage is null || (settled && SameScript(ScriptLanguage, language)))
        {
            ScriptLanguage = language;
            ScriptSettled = settled;
        }
    }

    private static bool SameScript(string provisional, string settled) => (provisional, settled) is ("ru", "uk") or ("ar", "fa") or ("zh", "ja");

    public ref readonly Evidence this[Signal signal] => ref _strongest[(int)signal];

    public int LevelOf(Signal signal) => _strongest[(int)signal].IsPresent ? _strongest[(int)signal].Level : 0;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // also inside loops past the JIT's inlining budget (PersonDetector.Detect)
    public bool Has(Signal signal) => _strongest[(int)signal].IsPresent;

    /// <summary>Forgets a signal's evidence: a later rule found it was something else (a fictional adult, <see cref="FictionalNames"/>).</summary>
    public void Drop(Signal signal) => _strongest[(int)signal] = default;

    /// <summary>The span of the last undressing phrase read as a garment taken out of a place (its nudity is dropped too).</summary>
    private (int Start, int End) _takenOut = (-1, -1);

    /// <summary>
    /// Session 44 (i16-wear52): suggestive wear read by <see cref="SuggestiveWear"/> (a wrap or nightwear worn alone, a sheer or
    /// wet garment, an intimate garment in a wearing frame), or (-1, -1). Beside a named or described person
    /// <see cref="PromptRules"/> reads it as suggestive; without one it counts for nothing.
    /// </summary>
    public (int Start, int End) Wear { get; set; } = (-1, -1);

    /// <summary>Session 44: <see cref="Wear"/> was added as the prompt's sexual term (no lexicon term was read).</summary>
    public bool WearAdded { get; set; }

    /// <summary>Adult markers added (<see cref="Signal.Adult"/>), and those of them said of content (<see cref="AdultContent"/>).</summary>
    private int _adultMarks;
    private int _adultContentMarks;

    /// <summary>Person words noted (<see cref="NotePeople"/>), and those of them that are an adult marker said of content.</summary>
    private int _peopleNotes;
    private int _peopleContentNotes;

    /// <summary>
    /// Every adult marker of the prompt is said of content (an adult magazine, a film for adults, 成人杂志, 18+ content) or is a word
    /// of a capitalised name (another language's mãe or anne folded onto a given name: Andrea Mae T…), none of a person (session
    /// 43, <see cref="AdultContent"/>). Read by the last-resort person readers' gate (<see cref="SubjectlessGate"/>)
    /// only; every other reader of <see cref="Signal.Adult"/> sees the marker as before.
    /// </summary>
    public bool AdultIsContentOnly => _adultMarks > 0 && _adultContentMarks == _adultMarks;

    /// <summary>Every person word of the prompt is an adult marker said of content ("adult" in "adult film", người lớn in "phim người lớn").</summary>
    public bool PeopleAreContentOnly => _peopleNotes > 0 && _peopleContentNotes == _peopleNotes;

    /// <summary>Keeps the first match of the highest level per signal.</summary>
    public void Add(Signal signal, string term, int level, int sourceStart, int sourceEnd, PromptField field)
    {
        if (signal == Signal.Adult)
        {
            _adultMarks++;
            if (field == PromptField.Prompt && (AdultContent.IsContentQualifier(Source, sourceStart, sourceEnd) || AdultContent.IsNamePart(Source, sourceStart, sourceEnd)))
            {
                _adultContentMarks++;
            }
        }

        if (field == PromptField.Prompt)
        {
            // A listed place the prompt places (Dildo, Newfoundland; på Gröna Lund) is no sexual word, and a child named only
            // as absent (after the kids leave, once the children are asleep) is no child in the image: whichever rule found them.
            if (signal == Signal.Sexual && PlaceNames.Covers(Source, sourceStart, sourceEnd))
            {
                return;
            }

            // A painter named as the style ("in the style of Lucian Freud", "Egon Schiele style") is no person in the image.
            if (signal is Signal.RealPerson or Signal.RealPersonLikely && StyleNames.IsAuthor(Source, signal, term, sourceStart, sourceEnd))
            {
                return;
            }

            // A name read beside an institution noun is the institution's (балерина Большого театра, солістка Національної опери,
            // ballerina della Scala, modelka ASP): session 30, i16-precision36.
            if (signal is Signal.RealPerson or Signal.RealPersonLikely or Signal.RealPersonHint && InstitutionNames.IsInstitution(Source, signal, term, sourceStart, sourceEnd))
            {
                return;
            }

            // A couple of scripture or myth ("Adam en Eva als echtpaar", Venus and Mars) or a feast named after a saint ("на Івана
            // Купала") is no real person, whichever rule read its words as a name (session 29, i16-precision33).
            if (signal is Signal.RealPerson or Signal.RealPersonLikely or Signal.RealPersonHint && NamedFigures.Covers(Source, sourceStart, sourceEnd))
            {
                return;
            }

            // A garment taken out of a place (अलमारी से कपड़े निकालकर, out of the wardrobe; dolaptan elbiseleri çıkar) is no
            // undressing, whichever reader found the phrase, nor the nudity added with it at the same span (session 40).
            if (signal == Signal.Undress && VerbFinalUndress.TakenOutOfPlace(Source, sourceStart))
            {
                _takenOut = (sourceStart, sourceEnd);
                return;
            }

            // Only a span the prompt holds: an external detector's signal has none (-1, -1), the value _takenOut starts with, and
            // was dropped here (the Content Safety detector's sexual severity ignored; caught by the integration tests).
            if (signal == Signal.Sexual && _takenOut.Start >= 0 && _takenOut == (sourceStart, sourceEnd))
            {
                return;
            }

            if (signal == Signal.ChildHint)
            {
                // "once the kids are asleep after their bedtime story": a hint in a clause of absent children is theirs.
                if (!ChildAbsence.IsAbsent(Source, sourceStart, sourceEnd))
                {
                    NoteHint(term, sourceStart, sourceEnd);
                }

                return;
            }

            if (signal == Signal.Minor)
            {
                // The absent children are set aside only while no other youth word is in the image: "after the children
                // leave, the man films the schoolgirl" keeps both (the strongest decides, as without the clause).
                if (!Has(Signal.Minor) && ChildAbsence.IsAbsent(Source, sourceStart, sourceEnd))
                {
                    if (!_absentMinor.IsPresent || level > _absentMinor.Level)
                    {
                        _absentMinor = new Evidence(term, level, sourceStart, sourceEnd, field);
                    }

                    return;
                }

                if (_absentMinor.IsPresent)
                {
                    var held = _absentMinor;
                    _absentMinor = default;
                    Store(Signal.Minor, held.Term, held.Level, held.SourceStart, held.SourceEnd, held.Field);
                }
            }
        }
        else if (signal == Signal.ChildHint)
        {
            return; // a hint in the negative prompt is a safety measure, as every negative word
        }

        Store(signal, term, level, sourceStart, sourceEnd, field);
    }

    /// <summary>
    /// A child hint of a class that counts once however many of its words the prompt holds (<paramref name="key"/>): the
    /// subject's parents (<c>her mom … her dad</c>) are one detail of a life, not two (session 19, <see cref="ChildDetails"/>).
    /// </summary>
    public void AddClassHint(string key, string term, int sourceStart, int sourceEnd)
    {
        if (!ChildAbsence.IsAbsent(Source, sourceStart, sourceEnd))
        {
            NoteHint(term, sourceStart, sourceEnd, key);
        }
    }

    private void NoteHint(string term, int sourceStart, int sourceEnd, string? key = null)
    {
        key ??= term;
        if (_hintCount >= HintsForLikely || string.Equals(key, _hint1, StringComparison.Ordinal) || string.Equals(key, _hint2, StringComparison.Ordinal))
        {
            return;
        }

        if (_hintCount == 0)
        {
            _hint1 = key;
        }
        else if (_hintCount == 1)
        {
            _hint2 = key;
        }

        _hintCount++;
        _lastHint = new Evidence(term, 1, sourceStart, sourceEnd, PromptField.Prompt);
        _lastKey = key;
    }

    /// <summary>
    /// Weighs the prompt's child hints (a bedtime story, recess, the school run, pocket money, a sippy cup: things of a
    /// child's day that adults also have around them) into the youth signal, once every rule has read the prompt:
    /// <list type="bullet">
    /// <item>one hint alone is nothing (<c>a mother on the school run</c>, <c>a woman who still sleeps with a teddy bear</c>);</item>
    /// <item>two distinct hints are ambiguous youth, level 2 (<c>bedtime story, sippy cup, nude</c> blocks; with an adult
    /// marker nudity is reviewed and suggestive content allowed, as for <c>school uniform</c>);</item>
    /// <item>three or more, or one beside an ambiguous youth word of level 2 (<c>student</c>, <c>school uniform</c>), are a
    /// likely minor, level 3 (suggestive content with no adult marker blocks too).</item>
    /// </list>
    /// The weighed evidence only raises the youth level; it never marks a tag as holding youth (an adult in the tag of a
    /// hint stays the one described). Idempotent: the policies decide on the same summary one after another.
    /// </summary>
    public void WeighChildHints()
    {
        // "once the kids are asleep after their bedtime story, nap time over, the couple…": with children named only as
        // absent and no other youth word, the hints are theirs too (a clause of absence need not cover every hint).
        if (_hintCount == 0 || (_absentMinor.IsPresent && !Has(Signal.Minor)))
        {
            return;
        }

        // A prompt that names nobody is a second weak cue beside one hint (session 20, UnnamedSubject): "kramar ett gosedjur, naken".
        // So is a girl or boy noun that is the only person word (session 34: "ein Mädchen im Kindergarten, nackt").
        var hints = _hintCount == 1 && (UnnamedSubject.Holds(this) || UnnamedSubject.HoldsBesideGirlOrBoy(this)) ? HintsForAmbiguous : _hintCount;
        var youth = LevelOf(Signal.Minor);
        var level = hints >= HintsForLikely ? 3 : hints >= HintsForAmbiguous ? 2 : 0;
        if (youth == 2)
        {
            level = Math.Max(level, 3);
        }

        ref var current = ref _strongest[(int)Signal.Minor];
        if (level > youth)
        {
            current = _lastHint with { Level = level };
        }
    }

    private void Store(Signal signal, string term, int level, int sourceStart, int sourceEnd, PromptField field)
    {
        if (field == PromptField.Prompt)
        {
            Places.Note(signal, level, sourceStart);
        }

        ref var current = ref _strongest[(int)signal];
        if (!current.IsPresent || level > current.Level)
        {
            current = new Evidence(term, level, sourceStart, sourceEnd, field);
        }
    }
}
