namespace GenScreen.Core.Prompts.Rules;
using GenScreen.Core.Prompts.Lexicons;


/// <summary>
/// Childhood read from the details of a life, not from a child word (session 18, i16-childcues19), inside the clauses that
/// <see cref="ChildStatements"/> reads:
/// <list type="bullet">
/// <item>cared for by a parent or carer: a parent word and a care act of one clause (<c>whose dad still cuts her meat</c>,
/// <c>à qui maman fait des tresses</c>, <c>мама застёгивает куртку</c>, <c>ママに靴ひもを結んでもらう</c>): a likely minor (level 3);</item>
/// <item>rules set by others: a permission frame and a thing a child is allowed or refused (<c>not allowed to stay up</c>,
/// <c>darf nicht aufbleiben</c>, <c>不准熬夜</c>): a likely minor (level 3);</item>
/// <item>a thing of a child's day (a stuffed animal, training wheels, pocket money, recess, a sippy cup): a child hint (level 1),
/// which weighs as youth only beside another (<see cref="SignalSummary.WeighChildHints"/>).</item>
/// </list>
/// The caller reads none of them in a clause with an adult word other than the parent (<c>a woman hugging a plush bear</c>).
/// The parent must be the subject's, not the subject: a parent right after an article (<c>a mother braiding her hair</c>) is
/// the person described, and a son, a daughter or the kids of the clause are the ones cared for (<c>a father tying his son's shoes</c>).
/// </summary>
internal static class ChildDetails
{
    /// <summary>Words between a parent and the care act, either side (<c>whose dad still cuts</c>; verb-final <c>van wie papa bij het avondeten nog het vlees in stukjes snijdt</c>: nine; Hindi <c>जिसके पापा अब भी रात के खाने में उसका मांस छोटे टुकड़ों में काटते</c>: eleven).</summary>
    private const int CareReach = 12;

    /// <summary>Words after a permission frame looked at for its thing (<c>not allowed to stay up</c>).</summary>
    private const int AfterPermission = 6;

    /// <summary>Words before a permission frame looked at for its thing (verb-final: <c>aufbleiben darf</c>, <c>uyanık kalmasına izin verilmeyen</c>).</summary>
    private const int BeforePermission = 4;

    /// <summary>A care act or a rule set by others says a likely minor: with suggestive content and no adult marker it blocks.</summary>
    private const int Strong = 3;

    public static void Read(string source, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<ChildStatementTable.Found> found, SignalSummary into, bool headsThePrompt)
    {
        var offspring = false;
        for (int i = 0, coveredTo = 0; i < found.Length; i++)
        {
            offspring |= (found[i].Kinds & ChildStatementKinds.Offspring) != 0;

            // A word inside a longer match is read as that match ("teacher" inside "the teacher" is the subject's teacher).
            var inside = i < coveredTo;
            coveredTo = Math.Max(coveredTo, i + found[i].Words);
            if (!inside && (found[i].Kinds & ChildStatementKinds.Parent) != 0 && IsTheSubject(found, i, headsThePrompt))
            {
                into.NoteNamesSomeone();
                return; // "a mother at the school gate with a lunchbox": the details are hers
            }

            // "hot mom in the kitchen", "maminka čeká u brány": a parent heading the prompt is the one described (UnnamedSubject).
            // Session 21: a mother, father or grandparent (kin, not a teacher or nanny, whose care acts are for a child) with
            // nothing of the clause done for another (no object or benefactive pronoun, no possessive after her: "סבתא קולעת
            // צמה", "ibu mengepang rambutnya sendiri", "nanay na nagluluto") is an adult described: every detail is hers too.
            // Session 43 (i16-para51): a parent heading the prompt with an adult age of her own right after her ("padre de 38 años
            // empuja un trineo vacío", "Vater, 40, zieht den Schlitten") is the one described, as with the age before her (below):
            // what she pushes or pulls is no tending of a child.
            if (!inside && headsThePrompt && i == 0 && (found[i].Kinds & ChildStatementKinds.Parent) != 0
                && AdultAgeAmongWordsAfter(source, words, found, i))
            {
                into.NoteNamesSomeone();
                return;
            }

            if (!inside && headsThePrompt && i == 0 && (found[i].Kinds & ChildStatementKinds.Parent) != 0 && !IsOwned(found, i) && BodyOf(found, i) < 0)
            {
                // Session 31: a parent who acts on another (Oma schiebt sie an, il nonno la spinge, papá la sube a hombros) names
                // only the carer; the one described is the unnamed object of her act.
                if (!ActsOnAnother(found, i))
                {
                    into.NoteNamesSomeone();
                }

                if ((found[i].Kinds & ChildStatementKinds.Kin) != 0 && !DoneForAnother(found, i))
                {
                    return;
                }
            }

            // The same kin word after one or two words of no class (sexy na nanay, hot young mom): the head of the first noun phrase.
            // Session 22 (i16-precision24): or after an adult age of its noun phrase (45 year old mom, 45 anyos na nanay, 50 jähriger
            // Vater): the age is hers, so she is the one described, not the parent of an unnamed child.
            if (!inside && headsThePrompt
                && (i is 1 or 2 || (i is > 2 and <= AgeWords && AdultAgeAmongWordsBefore(source, words, i)))
                && HeadsItsNounPhrase(found, i))
            {
                into.NoteNamesSomeone();
                return;
            }
        }

        var thingsTo = 0;
        var companionTo = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var kinds = found[i].Kinds;
            if (kinds == 0)
            {
                continue;
            }

            // Session 40 (i16-minors48): the grandparent inside "with grandpa" is that one hint already, not a second (her own
            // parent, watch or carer hint): a woman "with her grandpa, nude" stays one hint beside her adult word.
            if (i < companionTo && (kinds & ChildStatementKinds.Parent) != 0)
            {
                continue;
            }

            if ((kinds & ChildStatementKinds.Companion) != 0)
            {
                // The grandparent the subject goes out with is no adult marker of the subject ("out with granny, naked").
                companionTo = Math.Max(companionTo, i + found[i].Words);
                ChildStatements.DropAdultInside(into, words[i].Start, words[companionTo - 1].End);
            }

            var last = i + found[i].Words - 1;

            // Session 44 (i16-minors52): the mother inside "Mother's Day" (fête des mères, Muttertag) names a day, not the one
            // described: "making a Mother's Day card with stickers, naked" names nobody.
            if ((kinds & ChildStatementKinds.ParentsDay) != 0)
            {
                ChildStatements.DropAdultInside(into, words[i].Start, words[last].End);
            }

            if ((kinds & ChildStatementKinds.Parent) != 0 && !offspring
                && Near(found, i, CareReach, CareReach, ChildStatementKinds.Care | ChildStatementKinds.Tend) is var care and >= 0)
            {
                // The statement spans the parent: the caring parent is no adult marker of the subject.
                var first = Math.Min(i, care);
                var end = Math.Max(last, care + found[care].Words - 1);
                ChildStatements.Emit(into, found[i].Term!, Strong, words[first].Start, words[end].End);
            }

            // Session 37: the tending act said by its parts (Opa schiebt die Schaukel an) is the parent's care of the subject.
            if ((kinds & ChildStatementKinds.Parent) != 0 && !offspring && TendsByParts(found, i) is var part and >= 0)
            {
                ChildStatements.Emit(into, found[i].Term!, Strong, words[i].Start, words[part + Math.Max(1, found[part].Words) - 1].End);
            }

            // Session 42 (i16-para50): the same two parts in different clauses ("on the swing at the park, dad pushes her",
            // "катається на гойдалці, тато підштовхує"): the carer's verb after a parent who is not the one described (this clause
            // was not returned from above) and the tool of a small child's care in a clause of its own. One hint (CarePairKey),
            // and the carer is no adult marker of the subject.
            var carePart = (kinds & ChildStatementKinds.CareTool) != 0
                ? into.NoteCarePart(false, words[i].Start, words[last].End)
                : (kinds & ChildStatementKinds.Parent) != 0 && !offspring && CarerVerbOf(found, i) is var verb and >= 0
                    && into.NoteCarePart(true, words[Math.Min(i, verb)].Start, words[Math.Max(last, verb + Math.Max(1, found[verb].Words) - 1)].End);
            if (carePart)
            {
                var (carerStart, carerEnd) = into.CarerVerb;
                ChildStatements.DropAdultInside(into, carerStart, carerEnd);
                into.AddClassHint(CarePairKey, found[i].Term!, carerStart, carerEnd);
            }

            if ((kinds & ChildStatementKinds.Permission) != 0
                && Near(found, i, BeforePermission, AfterPermission, ChildStatementKinds.Permitted) is var thing and >= 0)
            {
                var first = Math.Min(i, thing);
                var end = Math.Max(last, thing + found[thing].Words - 1);
                ChildStatements.Emit(into, found[i].Term!, Strong, words[first].Start, words[end].End);
            }

            // One thing is one hint: "kotak bekal" is not also a second hint "bekal". Session 40: so is out with a grandparent.
            if ((kinds & (ChildStatementKinds.Thing | ChildStatementKinds.Companion)) != 0 && i >= thingsTo)
            {
                thingsTo = last + 1;
                into.Add(Signal.ChildHint, found[i].Term!, 1, words[i].Start, words[last].End, PromptField.Prompt);
            }

            if ((kinds & WeakCueKinds) != 0)
            {
                ReadWeakCues(source, words, found, i, offspring, into, headsThePrompt);
            }

            if ((kinds & PairHeadKinds) != 0)
            {
                ReadPairs(words, found, i, into);
            }

            // "someone who …", "jemand, der …", "… gereken biri": the prompt's subject is a placeholder naming no adult.
            if ((kinds & ChildStatementKinds.Someone) != 0 && headsThePrompt && (i <= 1 || last == words.Length - 1)
                && (last + 1 >= words.Length || (found[last + 1].Kinds & NamesAPerson) == 0))
            {
                into.AddClassHint(SomeoneKey, found[i].Term!, words[i].Start, words[last].End);
            }
        }
    }

    /// <summary>
    /// Session 19 (i16-para20): weak cues of a child's day, each a child hint that weighs only beside another
    /// (<see cref="SignalSummary.WeighChildHints"/>): the subject's parent or teacher as the third party of the clause
    /// (<c>while her mom watches</c>, <c>la maestra le da</c>; one hint however many parents), a reward given to a small child
    /// (<c>gold star</c>, <c>gommette</c>, <c>naklejkę</c>), standing on a stool or on tiptoe to reach (<c>Zehenspitzen … Theke</c>),
    /// a gift-bringer of childhood with what is done for him (<c>letterina … Befana</c>, <c>schoen … Sinterklaas</c>).
    /// </summary>
    private static void ReadWeakCues(string source, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<ChildStatementTable.Found> found, int i, bool offspring, SignalSummary into, bool headsThePrompt)
    {
        var kinds = found[i].Kinds;
        var last = i + found[i].Words - 1;
        // Session 24 (i16-para26): a parent heading a later clause with an onlooker's act (…, mama zwaait; …, papa filme;
        // …, dziadek biegnie za nim): she watches the one described, who is then someone else, and she is no adult marker of
        // that one. The first clause's parent is the person described (Read above); a parent already owned is one hint already.
        if ((kinds & ChildStatementKinds.Parent) != 0 && !offspring && ((!headsThePrompt && i <= 1) || ActsOnTheSubject(found, i, headsThePrompt)) && !IsOwned(found, i)
            && (Near(found, i, 0, i >= 3 ? ActReach : WatchReach, ChildStatementKinds.Watch) is var near and >= 0 ? near : i >= 3 ? WatchClosesTheClause(found, i) : -1) is var watch and >= 0)
        {
            var to = Math.Max(last, watch + found[watch].Words - 1);
            ChildStatements.DropAdultInside(into, words[i].Start, words[to].End);
            into.AddClassHint(WatchKey, found[i].Term!, words[i].Start, words[to].End);
        }
        else if ((into.LevelOf(Signal.Minor) is 0 or >= Strong || into.MinorByStatement || IsThingOfTheTable(into[Signal.Minor].Term))
            && IsLaterClauseCarer(source, words, found, i, offspring, headsThePrompt))
        {
            // Session 31 (i16-para38): a bare mother, father or grandparent heading a later clause, whatever she does there
            // ("…, dad holding the flashlight", "…, Papa hält die Brezel", "…, máma jde za ním", "…, tinatawag na ni tita"):
            // the prompt's first clause described someone else, so she is that one's carer and no adult marker of the subject.
            // A watch hint: alone it is nothing (UnnamedSubject), beside a thing of childhood it is youth. Not beside a youth term
            // already read ("young couple at the lake, mom packing the picnic": the mother stays an adult marker, a review).
            // Session 32 (i16-para40): unless that youth is already a likely minor (level 3: trick-or-treating, a sippy cup): the
            // later clause's parent is then that child's ("trick-or-treating …, dad holding the flashlight, nude" blocks again;
            // session 31 had made it a review). An ambiguous youth word (young, level 2) keeps the parent an adult marker.
            // Session 42 (i16-para50): a youth read by a child statement (a paraphrase, not a youth word) is that child's too, and
            // so is one a lexicon read from a thing of a small child's day that the table holds as a thing (chupón, a dummy).
            ChildStatements.DropAdultInside(into, words[i].Start, words[last].End);
            into.AddClassHint(WatchKey, found[i].Term!, words[i].Start, words[last].End);
        }

        // Session 31 (i16-children38): a parent heading the prompt who acts on another (a clitic or object pronoun after her,
        // Oma schiebt sie, il nonno la spinge, papa tilt haar op) with a carer's or an onlooker's act: she pushes, lifts or feeds
        // the one described, who is unnamed; one hint (CarerKey), which weighs beside a prompt naming nobody else.
        if (headsThePrompt && i == 0 && (kinds & ChildStatementKinds.Parent) != 0 && !offspring && ActsOnAnother(found, i))
        {
            var act = Near(found, i, 0, ActReach, Acts);
            var to = act < 0 ? last : Math.Max(last, act + found[act].Words - 1);
            ChildStatements.DropAdultInside(into, words[i].Start, words[to].End);
            into.AddClassHint(CarerKey, found[i].Term!, words[i].Start, words[to].End);
        }

        // Session 23 (i16-para25): a parent's knee or legs right beside her (as tall as mum's knee, hides behind Mamas Beinen,
        // colle au genou de sa mère): the subject measured against a grown-up's body is small; the parent is the subject's.
        if ((kinds & ChildStatementKinds.Parent) != 0 && !offspring && BodyOf(found, i) is var body and >= 0)
        {
            var from = Math.Min(i, body);
            var to = Math.Max(last, body + found[body].Words - 1);
            ChildStatements.DropAdultInside(into, words[from].Start, words[to].End);
            into.AddClassHint(ScaleKey, found[i].Term!, words[from].Start, words[to].End);
        }

        if ((kinds & ChildStatementKinds.Parent) != 0 && !offspring && IsOwned(found, i))
        {
            // The subject's mother is no adult marker of the subject: "while her mom watches from the bench, nude" blocks.
            ChildStatements.DropAdultInside(into, words[i].Start, words[last].End);
            into.AddClassHint(ParentKey, found[i].Term!, words[i].Start, words[last].End);
            var before = i > 0 ? found[i - 1].Kinds : ChildStatementKinds.None;
            if (OwnedByItsForm(found, i) || (before & (ChildStatementKinds.Possessive | ChildStatementKinds.Definite)) != 0)
            {
                into.NoteParentOwnedByForm();
            }
        }

        if ((kinds & ChildStatementKinds.Reward) != 0)
        {
            into.AddClassHint(found[i].Term!, found[i].Term!, words[i].Start, words[last].End);
        }

        // Session 23: a stool to reach what a grown-up reaches standing (the washbasin, the light switch) is a child's reach, a
        // hint of its own; to reach a shelf or a counter is an adult's pose too (the boost hint, which needs another).
        if ((kinds & ChildStatementKinds.Boost) != 0 && Near(found, i, CueReach, CueReach, ChildStatementKinds.Low) >= 0)
        {
            into.AddClassHint(LowKey, found[i].Term!, words[i].Start, words[last].End);
        }
        else if ((kinds & ChildStatementKinds.Boost) != 0
            && Near(found, i, CueReach, CueReach, ChildStatementKinds.Reach | ChildStatementKinds.ReachTo) >= 0)
        {
            into.AddClassHint(BoostKey, found[i].Term!, words[i].Start, words[last].End);
        }

        if ((kinds & ChildStatementKinds.Bringer) != 0 && Near(found, i, CueReach, CueReach, ChildStatementKinds.Ritual) >= 0)
        {
            into.AddClassHint(found[i].Term!, found[i].Term!, words[i].Start, words[last].End);
        }
    }

    /// <summary>
    /// Session 30 (i16-children36): two details that are each an adult's too say a small child together, one hint per class (it
    /// weighs as youth beside a prompt naming nobody or another hint, <see cref="SignalSummary.WeighChildHints"/>): a first-time
    /// word with a milestone of early childhood (<c>first time tying his shoelaces</c>, <c>primer diente de leche</c>,
    /// <c>ilk kez ayakkabı bağcıklarını</c>), a character of children's media with the child's own gear (<c>Doraemon water flask</c>,
    /// <c>zainetto di Peppa Pig</c>), a baby-fat word right beside a small body part (<c>chubby little hands</c>, <c>manine paffute</c>).
    /// </summary>
    private static void ReadPairs(ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<ChildStatementTable.Found> found, int i, SignalSummary into)
    {
        var kinds = found[i].Kinds;
        var last = i + found[i].Words - 1;
        if ((kinds & ChildStatementKinds.First) != 0 && Near(found, i, 1, PairReach, ChildStatementKinds.Milestone) is var milestone and >= 0)
        {
            into.AddClassHint(FirstKey, found[i].Term!, words[Math.Min(i, milestone)].Start, words[Math.Max(last, milestone + found[milestone].Words - 1)].End);
        }

        if ((kinds & ChildStatementKinds.Character) != 0 && Near(found, i, PairReach, PairReach, ChildStatementKinds.Gear) is var gear and >= 0)
        {
            into.AddClassHint(CharacterKey, found[i].Term!, words[Math.Min(i, gear)].Start, words[Math.Max(last, gear + found[gear].Words - 1)].End);
        }

        if ((kinds & ChildStatementKinds.Plump) != 0 && Near(found, i, 2, 2, ChildStatementKinds.Limb) is var limb and >= 0)
        {
            into.AddClassHint(PlumpKey, found[i].Term!, words[Math.Min(i, limb)].Start, words[Math.Max(last, limb + found[limb].Words - 1)].End);
        }

        // Session 32 (i16-para40): the subject as the standard of a size comparison (a school bag bigger than herself, una mochila
        // más grande que ella, kendisinden büyük bir çanta, از خودش بزرگ‌تر): one of its own things outsizes it. Either order (the
        // verb-final languages put the standard first). A hiker's rucksack bigger than herself is said the same way: one hint.
        if ((kinds & ChildStatementKinds.Self) != 0 && Near(found, i, PairReach, PairReach, ChildStatementKinds.Oversize) is var size and >= 0)
        {
            into.AddClassHint(OversizeKey, found[i].Term!, words[Math.Min(i, size)].Start, words[Math.Max(last, size + found[size].Words - 1)].End);
        }
    }

    /// <summary>Words after a first-time word or either side of a character looked at for its milestone or gear (<c>first time tying his own shoelaces</c>: four).</summary>
    private const int PairReach = 5;

    /// <summary>Characters of the unspaced scripts either side looked at for the partner of a pair (<c>第一次自己系鞋带</c>, <c>กระติกน้ำลายโดราเอมอน</c>).</summary>
    private const int UnspacedPairReach = 12;

    private const ChildStatementKinds PairHeadKinds = ChildStatementKinds.First | ChildStatementKinds.Character | ChildStatementKinds.Plump
        | ChildStatementKinds.Self;
    private const string FirstKey = "\u0001first";
    private const string CarerKey = "\u0001carer";
    private const string CharacterKey = "\u0001character";
    private const string PlumpKey = "\u0001plump";
    private const string OversizeKey = "\u0001oversize";

    /// <summary>The pairs of <see cref="ReadPairs"/> in a clause of an unspaced script: a head and its partner within <see cref="UnspacedPairReach"/> characters, not overlapping.</summary>
    private static void ReadUnspacedPairs(ReadOnlySpan<char> clause, int start, ChildStatementTable table, SignalSummary into)
    {
        var done = ChildStatementKinds.None;
        foreach (var (text, kinds) in table.Unspaced)
        {
            var head = kinds & PairHeadKinds & ~done;
            if (head == 0)
            {
                continue;
            }

            WorkCounter.Add(1);
            var at = clause.IndexOf(text, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var (partner, key) = (head & ChildStatementKinds.First) != 0 ? (ChildStatementKinds.Milestone, FirstKey)
                : (head & ChildStatementKinds.Character) != 0 ? (ChildStatementKinds.Gear, CharacterKey)
                : (head & ChildStatementKinds.Plump) != 0 ? (ChildStatementKinds.Limb, PlumpKey)
                : (ChildStatementKinds.Oversize, OversizeKey);
            var before = clause[Math.Max(0, at - UnspacedPairReach)..at];
            var after = clause[(at + text.Length)..Math.Min(clause.Length, at + text.Length + UnspacedPairReach)];
            foreach (var (other, otherKinds) in table.Unspaced)
            {
                if ((otherKinds & partner) == 0)
                {
                    continue;
                }

                WorkCounter.Add(1);
                if (before.Contains(other, StringComparison.Ordinal) || after.Contains(other, StringComparison.Ordinal))
                {
                    into.AddClassHint(key, text, start + at, start + at + text.Length);
                    done |= head;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The kinds a weak cue starts at (all of them trigger kinds of the table, so the cues are read only in a clause the shared
    /// trigger scan found, <see cref="StatementTriggers"/>); any other word is not looked at for one.
    /// </summary>
    private const ChildStatementKinds WeakCueKinds = ChildStatementKinds.Parent | ChildStatementKinds.Reward | ChildStatementKinds.Boost | ChildStatementKinds.Bringer;

    /// <summary>A kin word after words of no class, neither someone's by its form nor doing something for another: the head of the prompt's first noun phrase.</summary>
    private static bool HeadsItsNounPhrase(ReadOnlySpan<ChildStatementTable.Found> found, int i) =>
        (found[i].Kinds & ChildStatementKinds.Kin) != 0 && NoClassBefore(found, i) && !OwnedByItsForm(found, i) && !DoneForAnother(found, i);

    /// <summary>Words before a kin word looked at for its adult age (<c>45 year old mom</c>: the number three words before it).</summary>
    private const int AgeWords = 4;

    /// <summary>Youngest age read as an adult's when it stands before a parent word.</summary>
    private const int AdultAge = 18;

    /// <summary>Oldest number read as an age there (a year such as 2024 is no age).</summary>
    private const int OldestAge = 120;

    /// <summary>Is one of the words before kin word <paramref name="i"/> (at most <see cref="AgeWords"/> - 1 back) a number from 18 to 120?</summary>
    private static bool AdultAgeAmongWordsBefore(string source, ReadOnlySpan<(int Start, int End)> words, int i)
    {
        for (var j = Math.Max(0, i - AgeWords + 1); j < i; j++)
        {
            WorkCounter.Add(1);
            var (start, end) = words[j];
            if (end - start is 2 or 3 && IsAdultNumber(source.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An adult age (two or three digits, <see cref="AdultAge"/> to <see cref="OldestAge"/>) among the <see cref="AgeWords"/> words
    /// right after the entry at <paramref name="i"/> (<c>padre de 38 años</c>, <c>Vater, 40,</c>).
    /// </summary>
    private static bool AdultAgeAmongWordsAfter(string source, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        var from = i + Math.Max(1, found[i].Words);
        for (var j = from; j < Math.Min(words.Length, from + AgeWords); j++)
        {
            WorkCounter.Add(1);
            var (start, end) = words[j];
            if (end - start is 2 or 3 && IsAdultNumber(source.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAdultNumber(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value is >= AdultAge and <= OldestAge;
    }

    /// <summary>
    /// Session 22 (i16-precision24): an adult age right before a parent word of an unspaced script, its unit and a linking
    /// particle between (<c>50세 엄마</c>, <c>60대 아빠</c>, <c>五十岁的妈妈</c>, <c>60多岁的奶奶</c>, <c>50歳の母親</c>): the parent is that age, the one described.
    /// </summary>
    private static bool UnspacedAdultAgeBefore(ReadOnlySpan<char> clause, int at)
    {
        var k = at;
        for (var skip = 0; skip < 2 && k > 0 && clause[k - 1] is '的' or 'の' or '의' or ' ' or '多'; skip++)
        {
            k--;
        }

        if (k == 0 || clause[k - 1] is not ('세' or '살' or '대' or '岁' or '歲' or '歳' or '代'))
        {
            return false;
        }

        var end = --k;
        if (k > 0 && clause[k - 1] == '多')
        {
            end = --k; // 60多岁的奶奶, 五十多岁: "sixty-odd" (session 23); 十多岁 (in her teens) has no tens before it and stays no adult age
        }

        while (k > 0 && end - k < 3 && char.IsAsciiDigit(clause[k - 1]))
        {
            k--;
        }

        if (k < end)
        {
            return end - k >= 2 && IsAdultNumber(clause[k..end]);
        }

        // Han numerals: 二十 to 九十 (the tens, with or without a unit after: 五十岁, 四十五岁).
        if (k > 0 && "一二三四五六七八九".Contains(clause[k - 1]))
        {
            k--;
        }

        return k >= 2 && clause[k - 1] == '十' && "二三四五六七八九".Contains(clause[k - 2]);
    }

    /// <summary>
    /// A Korean or Japanese subject or topic particle right after a parent word (<c>한복 입은 할머니가</c>, <c>おばあちゃんが</c>): the
    /// parent is the subject of the clause, however long the modifiers before her (session 22, i16-precision24).
    /// </summary>
    /// <remarks>
    /// Only when what stands before her is a noun phrase that describes her: no word there closes with a case particle or a
    /// joining ending (문틀에 키를 재고 아빠가 줄을 그어 준다: the father marks the subject's height, another action before his).
    /// </remarks>
    /// <summary>
    /// Session 40 (i16-minors48): the parent found at <paramref name="at"/> is inside a <see cref="ChildStatementKinds.Companion"/>
    /// row of the clause (おばあちゃんと一緒に, 할아버지랑 같이, 跟着爷爷): the grandparent goes out with the one described. Read
    /// only for a parent that would otherwise be the one described, so the table's rows are walked on that path alone.
    /// </summary>
    /// <summary>Characters of a joining particle between a grandparent and the companion row after her (랑, 와, 하고, と, 和).</summary>
    private const int CompanionJoin = 2;

    private static bool InsideCompanion(ReadOnlySpan<char> clause, int at, int length, ChildStatementTable table)
    {
        foreach (var (text, kinds) in table.Unspaced)
        {
            WorkCounter.Add(1);
            if ((kinds & ChildStatementKinds.Companion) == 0 || text.Length <= length)
            {
                continue;
            }

            // The row holds the parent (it starts at most its own length minus the parent's before her), or starts right after
            // her and a joining particle (할아버지랑 할머니와 함께, おじいちゃんとおばあちゃんと一緒に: both go with the one described).
            var from = Math.Max(0, at - (text.Length - length));
            var window = clause[from..Math.Min(clause.Length, at + length + CompanionJoin + text.Length)];
            var found = window.IndexOf(text, StringComparison.Ordinal);
            if (found >= 0 && from + found <= at + length + CompanionJoin && from + found + text.Length >= at + length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SubjectParticleAfter(ReadOnlySpan<char> clause, int at, int end)
    {
        if (!IsSubjectParticle(clause, end))
        {
            return false;
        }

        var before = clause[..at].TrimEnd();
        var spaces = 0;
        for (var k = 0; k < before.Length; k++)
        {
            WorkCounter.Add(1);
            var closesWord = k + 1 == before.Length || before[k + 1] == ' ';
            spaces += before[k] == ' ' ? 1 : 0;
            if (before[k] is 'を' or 'に' or 'で' or 'て' or 'が' or 'は' or 'と'
                || (closesWord && before[k] is '를' or '을' or '에' or '고' or '서' or '로' or '도' or '와' or '과' or '가' or '이'))
            {
                return false;
            }
        }

        return spaces < MostWordsBeforeTheSubject;
    }

    /// <summary>Words of a noun phrase that may describe a parent before her subject particle (<c>흰머리 할아버지가</c>: one).</summary>
    private const int MostWordsBeforeTheSubject = 3;

    /// <summary>
    /// A subject or topic particle at <paramref name="end"/>: Korean <c>가 이 는 은</c> or Japanese <c>が は</c> closing the word (a
    /// Hangul syllable after it makes it the start of another word: <c>가방</c>, <c>이불</c>), or the honorific <c>께서</c>.
    /// </summary>
    private static bool IsSubjectParticle(ReadOnlySpan<char> clause, int end)
    {
        if (end >= clause.Length)
        {
            return false;
        }

        var next = end + 1 < clause.Length ? clause[end + 1] : '\0';
        return clause[end] == '께'
            ? next == '서'
            : clause[end] is '가' or '이' or '는' or '은' or 'が' or 'は' && !Scripts.IsHangulSyllable(next);
    }

    /// <summary>Words either side of a stool or a gift-bringer looked at for its reach or ritual word.</summary>
    private const int CueReach = 8;

    // One key per class where the words of a class are one detail (her mom and her dad; a stool and tiptoes); rewards and
    // gift-bringers count by their text, as the things do, so a word also listed as a thing or lexicon hint (lollipop,
    // Zahnfee) counts once.
    private const string ParentKey = "\u0001parent";

    /// <summary>The hint is the class of the subject's parents (<see cref="UnnamedSubject"/>).</summary>
    internal static bool IsParentKey(string? key) => key == ParentKey;

    /// <summary>The hint is the placeholder subject (<see cref="UnnamedSubject"/>: a placeholder names someone).</summary>
    internal static bool IsSomeoneKey(string? key) => key == SomeoneKey;

    /// <summary>The hint is a stool or tiptoe to reach (<see cref="UnnamedSubject"/>: an adult's pose too).</summary>
    internal static bool IsBoostKey(string? key) => key == BoostKey;
    private const string BoostKey = "\u0001boost";

    /// <summary>The hint is a parent watching the subject (<see cref="UnnamedSubject"/>: alone it stays nothing; with a thing it is youth).</summary>
    internal static bool IsWatchKey(string? key) => key == WatchKey;

    /// <summary>
    /// The hint is a size comparison with the subject as its standard (<see cref="UnnamedSubject"/>: alone it stays nothing, since
    /// a hiker's rucksack is bigger than herself too and "hiker" names no person word; beside another hint it is youth).
    /// </summary>
    internal static bool IsOversizeKey(string? key) => key == OversizeKey;
    private const string WatchKey = "\u0001watch";

    /// <summary>Words after a parent heading a later clause looked at for an onlooker's act (<c>dziadek biegnie za nim</c>: one; <c>ঠাকুমা পাশে বসে দেখছেন</c>: three).</summary>
    private const int WatchReach = 4;
    private const string LowKey = "\u0001low";
    private const string ScaleKey = "\u0001scale";

    /// <summary>Words before a parent looked at for her body word (genou de sa mère: three before).</summary>
    private const int BodyReach = 3;

    /// <summary>
    /// The index of a body word (knee, legs, waist) right after parent word <paramref name="i"/> (<c>mum's knee</c>, <c>Mamas Beinen</c>)
    /// or before it, at most <see cref="BodyReach"/> words (the owner after: <c>genou de sa mère</c>, <c>rodilla de mamá</c>), or -1.
    /// </summary>
    private static int BodyOf(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        // After her: right after (mum's knee, Mamas Beinen), or across a genitive particle (मम्मी के पैरों).
        var next = i + Math.Max(1, found[i].Words);
        if (next < found.Length && (found[next].Kinds & ChildStatementKinds.Of) != 0)
        {
            next++;
        }

        if (next < found.Length && (found[next].Kinds & ChildStatementKinds.Body) != 0)
        {
            return next;
        }

        // Before her: right before (đầu gối mẹ, ركبة أمها, kolana mamy), or with a genitive linker after the body word
        // (genou de sa mère, τα πόδια της μαμάς, הברך של אמא); "her legs around daddy" is no scale.
        for (var j = Math.Max(0, i - BodyReach); j < i; j++)
        {
            WorkCounter.Add(1);
            if ((found[j].Kinds & ChildStatementKinds.Body) != 0 && (j == i - 1 || (found[j + 1].Kinds & ChildStatementKinds.Of) != 0))
            {
                return j;
            }
        }

        return -1;
    }
    private const string SomeoneKey = "\u0001someone";

    /// <summary>
    /// Session 42 (i16-para50): the carer's verb of parent <paramref name="i"/>: within <see cref="ActReach"/> words after her, or,
    /// in a verb-first clause, right before the agent marker that introduces her (Tagalog <c>tinutulak ni tatay</c>, pushed by dad:
    /// the verb, then ni/ng, then the parent). Its index, or -1.
    /// </summary>
    private static int CarerVerbOf(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        if (Near(found, i, 0, ActReach, ChildStatementKinds.CareVerb) is var after and > 0 && after != i)
        {
            return after;
        }

        return i >= 2 && (found[i - 1].Kinds & ChildStatementKinds.Of) != 0 && (found[i - 2].Kinds & ChildStatementKinds.CareVerb) != 0 ? i - 2 : -1;
    }

    /// <summary>The hint of a tending act said by its parts in two clauses (session 42).</summary>
    private const string CarePairKey = "\u0001carepair";

    /// <summary>A word after a placeholder that names who it is (Bengali <c>একজন মা</c>, a mother): no placeholder then.</summary>
    private const ChildStatementKinds NamesAPerson = ChildStatementKinds.Parent | ChildStatementKinds.Adult | ChildStatementKinds.Offspring;

    /// <summary>
    /// A parent or teacher who is someone the subject has, not the person described: after a possessive or a definite
    /// article or case form (<c>her mom</c>, <c>la maestra</c>, <c>seinen Eltern</c>), or deeper in the clause than its first two
    /// words (<c>someone whose grandma …</c>, <c>кому бабушка …</c>); <c>hot mom in the kitchen</c> heads its clause and is the subject.
    /// </summary>
    private static bool IsOwned(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        if (PictureOf(found, i))
        {
            return false;
        }

        var before = ArticleBefore(found, i);
        if ((before & ChildStatementKinds.Article) == 0 && (OwnedByItsForm(found, i) || BenefactiveAfter(found, i)))
        {
            return true;
        }

        if ((before & ChildStatementKinds.Article) != 0 || (found[i].Kinds & ChildStatementKinds.Adult) != 0 && (before & (ChildStatementKinds.Possessive | ChildStatementKinds.Definite)) == 0)
        {
            return false;
        }

        return i >= 2 || (before & (ChildStatementKinds.Possessive | ChildStatementKinds.Definite)) != 0;
    }

    /// <summary>Words before a parent looked at for a picture noun (retrato de la abuela: three before; דיוקן בשחור-לבן של סבתא, the hyphenated word two: four).</summary>
    private const int PictureReach = 4;

    /// <summary>
    /// Session 27 (lead): a picture noun at most <see cref="PictureReach"/> words before parent word <paramref name="i"/> with only
    /// "of", articles, definite forms or words no row holds between (<c>portrait of grandma</c>, <c>Porträt der Oma</c>,
    /// <c>portret van oma</c>, <c>דיוקן בשחור-לבן של סבתא</c>): the picture shows the parent, who is the one described.
    /// </summary>
    private static bool PictureOf(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        // Session 31 (CI mend): children38's clitic and V2 object rows (es/it/fr la, le, lo; nl haar) are articles too
        // (retrato de la abuela): between a picture noun and the parent they link, they are no act on another.
        const ChildStatementKinds Linkers = ChildStatementKinds.Of | ChildStatementKinds.Article | ChildStatementKinds.Definite
            | ChildStatementKinds.Clitic | ChildStatementKinds.VerbObject;
        for (var j = i - 1; j >= Math.Max(0, i - PictureReach); j--)
        {
            WorkCounter.Add(1);
            if ((found[j].Kinds & ChildStatementKinds.Picture) != 0)
            {
                return true;
            }

            if ((found[j].Kinds & ~Linkers) != 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 20: a parent whose form says it is someone's (Turkish <c>annesi</c>, her mother; Slavic oblique cases, <c>u maminky</c>,
    /// <c>przez dziadka</c>, <c>бабушке</c>: the subject of a clause stands in the nominative), or one followed by an object or dative
    /// pronoun (<c>máma mu krájí</c>, <c>бабушка ей заплетает</c>, <c>mamie lui fait</c>, <c>η γιαγιά της</c>): the subject's parent
    /// wherever it stands in its clause.
    /// </summary>
    private static bool OwnedByItsForm(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        var next = i + Math.Max(1, found[i].Words);
        return (found[i].Kinds & ChildStatementKinds.Owned) != 0 || (next < found.Length && (found[next].Kinds & ChildStatementKinds.Pronoun) != 0);
    }

    /// <summary>
    /// Session 21 (i16-para22): a word after the parent says she does something for someone else: an object or dative pronoun
    /// (<c>бабушка ей</c>), a benefactive (<c>אמא מכינה לה</c>, <c>ماما تحضر لها</c>, <c>मम्मी उसके लिए</c>, <c>মা ওর জন্য</c>,
    /// <c>mẹ … cho bé</c>), or a possessive (<c>mom cuts her meat</c>). Without one, a parent heading the prompt is the one described.
    /// </summary>
    private static bool DoneForAnother(ReadOnlySpan<ChildStatementTable.Found> found, int i) =>
        AnyAfter(found, i, ChildStatementKinds.Pronoun | ChildStatementKinds.Benefactive | ChildStatementKinds.Possessive | ChildStatementKinds.Tend)
        || ActsOnAnother(found, i);

    /// <summary>A carer's, an onlooker's or a tending act (<see cref="ChildStatementKinds.Care"/>, <c>Watch</c>, <c>Tend</c>).</summary>
    private const ChildStatementKinds Acts = ChildStatementKinds.Care | ChildStatementKinds.Watch | ChildStatementKinds.Tend;

    /// <summary>
    /// Session 31 (i16-children38): parent <paramref name="i"/> acts on another person: an object clitic right after her and an act
    /// right after it (<c>mamá le ata</c>, <c>la mamma le allaccia</c>; the clitic's grammar: it stands before the finite verb, so
    /// <c>papa le matin</c> or <c>mamá en la playa</c> is none), an act right after her and an object pronoun of a V2 language after
    /// it (<c>Oma schiebt sie</c>, <c>papa tilt haar op</c>), or a tending act within <see cref="ActReach"/> words after her, which
    /// has another person as its object by its sense (<c>جدتها تطعمها</c>, <c>mẹ cài dây an toàn</c>, <c>papá la sube a hombros</c>).
    /// </summary>
    private static bool ActsOnAnother(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        var next = i + Math.Max(1, found[i].Words);
        if (next + 1 < found.Length
            && (((found[next].Kinds & ChildStatementKinds.Clitic) != 0 && (found[next + 1].Kinds & Acts) != 0)
                || ((found[next].Kinds & Acts) != 0 && (found[next + 1].Kinds & ChildStatementKinds.VerbObject) != 0)))
        {
            return true;
        }

        return Near(found, i, 0, ActReach, ChildStatementKinds.Tend) >= 0 || TendsByParts(found, i) >= 0;
    }

    /// <summary>Words between a carer's verb and its tool (<c>кормит манной кашей с ложечки</c>: two).</summary>
    private const int ToolReach = 4;

    /// <summary>
    /// Session 37 (i16-minors45): a tending act said by its parts within <see cref="ActReach"/> words after parent <paramref name="i"/>:
    /// a carer's verb (<see cref="ChildStatementKinds.CareVerb"/>: feeds, pushes, holds) and, at most <see cref="ToolReach"/> words
    /// from it either side, what it works on when the one cared for is a small child (<see cref="ChildStatementKinds.CareTool"/>:
    /// a little spoon, a swing, a saddle): <c>Opa schiebt die Schaukel an</c>, <c>бабушка кормит манной кашей с ложечки</c>,
    /// <c>الجدة تطعمه بالملعقة</c>. The word the pair ends on, or -1.
    /// </summary>
    private static int TendsByParts(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        int verb = -1, tool = -1;
        var to = Math.Min(found.Length, i + Math.Max(1, found[i].Words) + ActReach);
        for (var j = i + Math.Max(1, found[i].Words); j < to; j++)
        {
            WorkCounter.Add(1);
            verb = (found[j].Kinds & ChildStatementKinds.CareVerb) != 0 ? j : verb;
            tool = (found[j].Kinds & ChildStatementKinds.CareTool) != 0 ? j : tool;
            if (verb >= 0 && tool >= 0 && Math.Abs(verb - tool) <= ToolReach + 1)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>No word before <paramref name="i"/> is a word of the table (an adjective or linker: <c>sexy na</c>, <c>hot young</c>).</summary>
    private static bool NoClassBefore(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (found[j].Kinds != ChildStatementKinds.None)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A benefactive after the parent (<c>אמא מכינה לה</c>, <c>मम्मी उसके लिए</c>): she does it for the subject, whose parent she is.</summary>
    private static bool BenefactiveAfter(ReadOnlySpan<ChildStatementTable.Found> found, int i) =>
        AnyAfter(found, i, ChildStatementKinds.Benefactive);

    /// <summary>A word of one of <paramref name="kinds"/> anywhere after the (possibly multi-word) entry at <paramref name="i"/>.</summary>
    private static bool AnyAfter(ReadOnlySpan<ChildStatementTable.Found> found, int i, ChildStatementKinds kinds)
    {
        for (var j = i + Math.Max(1, found[i].Words); j < found.Length; j++)
        {
            WorkCounter.Add(1);
            if ((found[j].Kinds & kinds) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 27 (i16-children31): parent word <paramref name="i"/>, also an adult's word (Persian <c>مادر</c>, <c>مادربزرگ</c>),
    /// is the owner of a body word before it (<c>دست مادر</c>, <c>روی پای مادربزرگ</c>): someone the subject has, so no adult of
    /// the clause naming the one described. Not after a definite word: the table's definite words are also articles
    /// (<c>the mother</c>, <c>la madre</c> name the one described).
    /// </summary>
    internal static bool OwnerOfAThing(ReadOnlySpan<ChildStatementTable.Found> found, int i, bool headsThePrompt) =>
        (found[i].Kinds & ChildStatementKinds.Parent) != 0 && (BodyBefore(found, i) || ActsOnTheSubject(found, i, headsThePrompt));

    /// <summary>Words after a parent inside a clause looked at for her act on the subject (Persian puts the verb last:
    /// <c>مادربزرگ با پا گهواره را تکان می‌دهد</c>, grandma rocks the cradle with her foot: five).</summary>
    private const int ActReach = 6;

    /// <summary>
    /// Session 29 (i16-children33): a parent followed by a carer's or an onlooker's act (watch kind: pushes, rocks, swings,
    /// <c>تکان می‌دهد</c>, <c>דוחף</c>), with no article before her, inside a clause past its first noun phrase (the fourth word
    /// on) or heading a clause that is not the prompt's first (session 24's onlooker): she acts on the one described, so she
    /// is neither the person described nor an adult marker of that one, though her word is also an adult's (<c>مادربزرگ</c>).
    /// A parent heading the prompt is read as before (a young mother pushing a pram is the one described).
    /// </summary>
    internal static bool ActsOnTheSubject(ReadOnlySpan<ChildStatementTable.Found> found, int i, bool headsThePrompt) =>
        (i >= 3 || (!headsThePrompt && i <= 1)) && (found[i].Kinds & ChildStatementKinds.Parent) != 0
        && (ArticleBefore(found, i) & ChildStatementKinds.Article) == 0
        && (Near(found, i, 0, i >= 3 ? ActReach : WatchReach, ChildStatementKinds.Watch) >= 0 || (i >= 3 && WatchClosesTheClause(found, i) >= 0));

    /// <summary>
    /// Session 42 (i16-para50): the onlooker's or carer's act closes the clause of parent <paramref name="i"/>, however far after
    /// her: a verb-final language puts the whole object and place between the subject and its verb (<c>مادربزرگ با روسری آبی
    /// کالسکه را در پیاده‌روی کنار رودخانه هل می‌دهد</c>: grandma pushes the pram along the river walk), so the act is hers wherever
    /// it stands; a closing act with no other parent or adult word between is still hers in any order.
    /// </summary>
    private static int WatchClosesTheClause(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        for (var j = found.Length - 1; j > i && j >= found.Length - MaxActWords; j--)
        {
            WorkCounter.Add(1);
            if ((found[j].Kinds & ChildStatementKinds.Watch) != 0 && j + found[j].Words == found.Length)
            {
                for (var k = i + found[i].Words; k < j; k++)
                {
                    if ((found[k].Kinds & (ChildStatementKinds.Parent | ChildStatementKinds.Adult | ChildStatementKinds.Offspring)) != 0)
                    {
                        return -1;
                    }
                }

                return j;
            }
        }

        return -1;
    }

    /// <summary>Longest act row in words (<c>دست تکان می‌دهد</c>): where a clause-closing act may start.</summary>
    private const int MaxActWords = 4;

    /// <summary>
    /// Session 27 (i16-children31): a body word right before parent word <paramref name="i"/>, or before it across a genitive
    /// linker (<c>دست مادر را گرفته</c>, <c>روی پای مادربزرگ</c>, <c>la main de sa mère</c>): the languages that put the owner
    /// after the thing owned name the parent as the owner of what the subject holds or sits on, so she is not the one described,
    /// though her word is also an adult's (<c>مادر</c>). Session 29 (i16-children33): so does a carrying place (carry kind:
    /// <c>در آغوش مادر</c>, in mother's arms; <c>no sling da mãe</c>): the arms or the sling are the parent's, the one carried
    /// in them the subject.
    /// </summary>
    private static bool BodyBefore(ReadOnlySpan<ChildStatementTable.Found> found, int i) =>
        (i >= 1 && (found[i - 1].Kinds & OwnedThings) != 0)
        || (i >= 2 && (found[i - 1].Kinds & ChildStatementKinds.Of) != 0 && (found[i - 2].Kinds & OwnedThings) != 0);

    private const ChildStatementKinds OwnedThings = ChildStatementKinds.Body | ChildStatementKinds.Carry;

    /// <summary>
    /// The kinds of the word before parent word <paramref name="i"/>, without the article kind when that word cannot be the
    /// parent's article. Session 27 (i16-children31): the table is shared by the languages, so English <c>an</c> is also the
    /// German preposition (<c>an Papas Hand</c>, at dad's hand: the subject's father). English writes <c>an</c> only before a
    /// vowel sound, so before a parent that opens with a consonant (<c>Papas</c>, <c>Mamas</c>, <c>Vaters</c>) it is no article.
    /// </summary>
    private static ChildStatementKinds ArticleBefore(ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        if (i == 0)
        {
            return ChildStatementKinds.None;
        }

        var before = found[i - 1].Kinds;
        if ((before & ChildStatementKinds.Article) != 0 && found[i - 1].Term == "an" && found[i].Term is { Length: > 0 } term
            && char.IsAsciiLetterLower(term[0]) && term[0] is not ('a' or 'e' or 'i' or 'o' or 'u'))
        {
            before &= ~ChildStatementKinds.Article;
        }

        return before;
    }

    /// <summary>
    /// A parent word that is the person described, not the subject's parent: right after an indefinite article (<c>a mother</c>,
    /// <c>eine Mutter</c>, <c>seorang ibu</c>), or an English adult word that is also a parent (<c>mother</c>) with no possessive
    /// before it (<c>whose mother</c>, <c>her mother</c> are the subject's).
    /// </summary>
    private static bool IsTheSubject(ReadOnlySpan<ChildStatementTable.Found> found, int i, bool headsThePrompt)
    {
        var before = ArticleBefore(found, i);
        if (BodyBefore(found, i) || ActsOnTheSubject(found, i, headsThePrompt))
        {
            return false; // دست مادر, يد أمها, la main de sa mère: the hand is the subject's, its owner someone else
        }

        return (before & ChildStatementKinds.Article) != 0
            || ((found[i].Kinds & ChildStatementKinds.Adult) != 0 && (before & (ChildStatementKinds.Possessive | ChildStatementKinds.Definite)) == 0);
    }

    /// <summary>
    /// Session 31 (i16-para38): a bare kin word (mother, father, grandparent; no teacher) as the first word of a clause that is not
    /// the prompt's first, followed in its clause by something she does or holds and by no adult word, neither owned (its own hint)
    /// nor the offspring's parent, nor in a picture: the carer of the one the first clause described.
    /// </summary>
    private static bool IsLaterClauseCarer(string source, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<ChildStatementTable.Found> found, int i, bool offspring, bool headsThePrompt)
    {
        var next = i + found[i].Words;
        if (headsThePrompt || i != 0 || offspring || !IsKinRow(source, words, found, i) || next >= words.Length
            || (found[i].Kinds & ChildStatementKinds.Adult) != 0 || IsOwned(found, i) || PictureOf(found, i))
        {
            return false;
        }

        for (var j = next; j < found.Length; j++)
        {
            WorkCounter.Add(1);
            if ((found[j].Kinds & (ChildStatementKinds.Adult | ChildStatementKinds.Offspring)) != 0)
            {
                return false;
            }

            // Session 42 (i16-para50): an article introduces another person only before a person word of the table (mom and a
            // friend's dad); before a thing or a time (su mamá la pasea un domingo, la mamma compra un gelato) she is still the carer.
            var after = j + Math.Max(1, found[j].Words);
            if ((found[j].Kinds & ChildStatementKinds.Article) != 0
                && (after >= found.Length || (found[after].Kinds & (ChildStatementKinds.Parent | ChildStatementKinds.Kin | ChildStatementKinds.Adult | ChildStatementKinds.Offspring)) != 0))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A term that the table holds as a thing or object of a small child's day (a dummy, a pram): no youth word.</summary>
    private static bool IsThingOfTheTable(string? term) =>
        term is { Length: > 0 and <= ClauseWords.MaxKey } && (ChildStatements.Table.KindsOf(term) & (ChildStatementKinds.Thing | ChildStatementKinds.Object)) != 0;

    /// <summary>
    /// Session 42 (i16-para50): a kin word (mother, father, grandparent, older sibling), or a row of the table that is a definite
    /// article or possessive and a kin word (<c>la mamma</c>, <c>su mamá</c>, <c>il papà</c>, <c>sa mamie</c>): the row is read as
    /// one parent, and its kin word is its last. The article or possessive is the subject's, never the parent's own (an article
    /// that makes the parent the one described is the article kind, <c>a mother</c>, <c>una mamma</c>).
    /// </summary>
    private static bool IsKinRow(string source, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<ChildStatementTable.Found> found, int i)
    {
        if ((found[i].Kinds & ChildStatementKinds.Kin) != 0)
        {
            return true;
        }

        var last = i + found[i].Words - 1;
        if (found[i].Words < 2 || last >= words.Length)
        {
            return false;
        }

        var table = ChildStatements.Table;
        const ChildStatementKinds owners = ChildStatementKinds.Definite | ChildStatementKinds.Possessive;
        return (table.KindsOf(source.AsSpan(words[i].Start, words[i].End - words[i].Start)) & (owners | ChildStatementKinds.Article)) is var first
            && (first & owners) != 0 && (first & ChildStatementKinds.Article) == 0
            && (table.KindsOf(source.AsSpan(words[last].Start, words[last].End - words[last].Start)) & ChildStatementKinds.Kin) != 0;
    }

    /// <summary>The index of a word of <paramref name="kind"/> within the reach of word <paramref name="i"/>, or -1.</summary>
    private static int Near(ReadOnlySpan<ChildStatementTable.Found> found, int i, int before, int after, ChildStatementKinds kind)
    {
        var to = Math.Min(found.Length, i + found[i].Words + after);
        for (var j = Math.Max(0, i - before); j < to; j++)
        {
            WorkCounter.Add(1);
            if ((j < i || j >= i + found[i].Words) && (found[j].Kinds & kind) != 0)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A body word of the table (Hangul, kana, Han, Thai) right after <paramref name="end"/>, across one linking particle or space (의, の, 的).</summary>
    private static bool BodyAfter(ReadOnlySpan<char> clause, int end, ChildStatementTable table)
    {
        for (var skip = 0; skip < 2 && end < clause.Length && clause[end] is '의' or 'の' or '的' or ' '; skip++)
        {
            end++;
        }

        var rest = clause[end..];
        foreach (var (text, kinds) in table.Unspaced)
        {
            WorkCounter.Add(1);
            if ((kinds & ChildStatementKinds.Body) != 0 && rest.StartsWith(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The same statements in a clause of an unspaced script (Han, kana, Hangul, Thai): both halves anywhere in it.</summary>
    public static void ReadUnspaced(ReadOnlySpan<char> clause, int start, ChildStatementTable table, SignalSummary into, bool headsThePrompt = false)
    {
        int parent = -1, care = -1, permission = -1, permitted = -1, boost = -1, reach = -1, low = -1, bringer = -1, ritual = -1;
        var offspring = false;
        string? parentText = null, permissionText = null, boostText = null, bringerText = null, ownedText = null;
        var owned = -1;
        var watch = -1;
        bool theOne = false, forAnother = false;
        foreach (var (text, kinds) in table.Unspaced)
        {
            WorkCounter.Add(1);
            var at = clause.IndexOf(text, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // Session 19 weak cues (ReadWeakCues): a parent or teacher not heading the clause (Thai kin words of one or two
            // letters are parts of other words: ตา is also an eye, แม่ in แม่น้ำ a river), a reward, a stool with a reach, a gift-bringer with its ritual.
            // The head noun of a clause of these scripts comes last (幼稚園の先生, 기다리는 엄마): a parent there is the subject.
            // Session 22: so is a parent after her adult age (50세 엄마, 五十岁的妈妈) or before a subject particle (한복 입은 할머니가).
            var described = (kinds & ChildStatementKinds.Parent) != 0 && at > 0 && (UnspacedAdultAgeBefore(clause, at) || SubjectParticleAfter(clause, at, at + text.Length));

            // Session 23: a parent's knee or legs right after her (엄마 다리 뒤에, 엄마 무릎, ママの足, 妈妈腿后面): the subject's scale.
            var scale = (kinds & ChildStatementKinds.Parent) != 0 && BodyAfter(clause, at + text.Length, table);
            if (scale)
            {
                into.AddClassHint(ScaleKey, text, start + at, start + at + text.Length);
                (owned, ownedText) = owned < 0 ? (at, text) : (owned, ownedText);
            }

            // Session 40 (i16-minors48): a grandparent with the companion particle after her (おばあちゃんと一緒に, 할머니랑 같이) is
            // the subject's companion: heading the prompt she is not the one described.
            if ((kinds & ChildStatementKinds.Parent) != 0 && headsThePrompt && !scale && (at == 0 || at + text.Length == clause.TrimEnd().Length || described)
                && !InsideCompanion(clause, at, text.Length, table))
            {
                into.NoteNamesSomeone(); // 여교사 ending the first clause, แม่ heading it: the one described (UnnamedSubject)
                theOne |= (kinds & ChildStatementKinds.Kin) != 0;
            }

            forAnother |= (kinds & ChildStatementKinds.Benefactive) != 0; // 给她, ให้, 읽어 주, 作ってもらう: done for another
            forAnother |= (kinds & ChildStatementKinds.Tend) != 0; // session 31: 喂她, 把她抱起来, 카시트에 앉혀: done to another by its sense

            if ((kinds & ChildStatementKinds.Parent) != 0 && at > 0 && at + text.Length < clause.TrimEnd().Length && owned < 0 && text.Length >= (Scripts.IsThai(text[0]) ? 4 : 2)
                && !(described && headsThePrompt) && !InsideCompanion(clause, at, text.Length, table))
            {
                (owned, ownedText) = (at, text);
            }

            if ((kinds & ChildStatementKinds.Reward) != 0)
            {
                into.AddClassHint(text, text, start + at, start + at + text.Length);
            }

            // The placeholder heads the prompt, or ends its clause as the head noun of these scripts (…擦破了的人, …並んでいる人物).
            if ((kinds & ChildStatementKinds.Someone) != 0 && (headsThePrompt || at + text.Length == clause.TrimEnd().Length))
            {
                into.AddClassHint(SomeoneKey, text, start + at, start + at + text.Length);
            }

            (boost, boostText) = (kinds & ChildStatementKinds.Boost) != 0 && boost < 0 ? (at, text) : (boost, boostText);
            reach = (kinds & (ChildStatementKinds.Reach | ChildStatementKinds.ReachTo)) != 0 && reach < 0 ? at : reach;
            low = (kinds & ChildStatementKinds.Low) != 0 && low < 0 ? at : low;
            watch = (kinds & ChildStatementKinds.Watch) != 0 && watch < 0 ? at : watch;
            (bringer, bringerText) = (kinds & ChildStatementKinds.Bringer) != 0 && bringer < 0 ? (at, text) : (bringer, bringerText);
            ritual = (kinds & ChildStatementKinds.Ritual) != 0 && ritual < 0 ? at : ritual;

            offspring |= (kinds & ChildStatementKinds.Offspring) != 0;
            (parent, parentText) = (kinds & ChildStatementKinds.Parent) != 0 && parent < 0 ? (at, text) : (parent, parentText);
            (permission, permissionText) = (kinds & ChildStatementKinds.Permission) != 0 && permission < 0 ? (at, text) : (permission, permissionText);
            care = (kinds & (ChildStatementKinds.Care | ChildStatementKinds.Tend)) != 0 && care < 0 ? at : care;
            permitted = (kinds & ChildStatementKinds.Permitted) != 0 && permitted < 0 ? at : permitted;
            if ((kinds & ChildStatementKinds.ParentsDay) != 0)
            {
                ChildStatements.DropAdultInside(into, start + at, start + at + text.Length);
            }

            if ((kinds & (ChildStatementKinds.Thing | ChildStatementKinds.Companion)) != 0)
            {
                if ((kinds & ChildStatementKinds.Companion) != 0)
                {
                    ChildStatements.DropAdultInside(into, start + at, start + at + text.Length);
                }

                into.Add(Signal.ChildHint, text, 1, start + at, start + at + text.Length, PromptField.Prompt);
            }
        }

        // Session 30 (i16-children36): a first-time word with a milestone, a character with the child's gear, a baby-fat word with a small body part.
        ReadUnspacedPairs(clause, start, table, into);

        // Session 21: a parent heading the clause who does something for another (엄마가 … 싸 주었다, แม่ถักเปียให้) is the subject's.
        if (owned < 0 && theOne && forAnother && parent >= 0)
        {
            (owned, ownedText) = (parent, parentText);
        }

        if (owned >= 0 && !offspring)
        {
            ChildStatements.DropAdultInside(into, start + owned, start + owned + ownedText!.Length);
            into.AddClassHint(ParentKey, ownedText, start + owned, start + owned + ownedText.Length);
        }

        // Session 24: a parent heading a later clause with an onlooker's act after her (妈妈在一旁拍照, แม่ไกวเปล, 할머니가 손을 흔든다).
        if (owned < 0 && !headsThePrompt && !offspring && parent >= 0 && clause[..parent].IsWhiteSpace() && watch > parent)
        {
            ChildStatements.DropAdultInside(into, start + parent, start + parent + parentText!.Length);
            into.AddClassHint(WatchKey, parentText, start + parent, start + parent + parentText.Length);
        }

        if (boost >= 0 && low >= 0)
        {
            into.AddClassHint(LowKey, boostText!, start + boost, start + boost + boostText!.Length);
        }
        else if (boost >= 0 && reach >= 0)
        {
            into.AddClassHint(BoostKey, boostText!, start + boost, start + boost + boostText!.Length);
        }

        if (bringer >= 0 && ritual >= 0)
        {
            into.AddClassHint(bringerText!, bringerText!, start + bringer, start + bringer + bringerText!.Length);
        }

        // Session 21: a parent heading or ending the first clause with nothing done for another is the one described, and
        // her care act is her own (鏡の前で自分の髪を三つ編みにするママ, แม่ห่อข้าวกล่องตอนเช้า).
        if (parent >= 0 && care >= 0 && !offspring && (!theOne || forAnother))
        {
            ChildStatements.Emit(into, parentText!, Strong, start + Math.Min(parent, care), start + Math.Max(parent + parentText!.Length, care + 1));
        }

        if (permission >= 0 && permitted >= 0)
        {
            ChildStatements.Emit(into, permissionText!, Strong, start + Math.Min(permission, permitted), start + Math.Max(permission + permissionText!.Length, permitted + 1));
        }
    }
}
