using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// Sexual content read by its grammar, not by a listed phrase (session 18, i16-grammar19): everyday words that are sexual in
/// combination, in one clause and a few words apart, either order (<see cref="SexualStatementKinds"/>):
/// <list type="bullet">
/// <item>an intimate body part with an act on it (<c>licking her nipples</c>, <c>ihre Brüste an die Scheibe gedrückt</c>) or an
/// aroused or wet state (<c>nipples hard</c>, <c>трусики мокрые</c>): explicit (6); with a bare state (<c>breasts exposed</c>): nudity (4);</item>
/// <item>a body part that acts (tongue, fingers) with an intimate one (<c>his tongue between her thighs</c>): explicit (6);</item>
/// <item>a mounting act with a person as its object (<c>riding him slowly</c>, <c>straddling him</c>): explicit (6);</item>
/// <item>a sexual position with an act, a body part or a state (<c>taken from behind</c>, <c>bent over, dripping</c>): explicit (6);</item>
/// <item>legs or hips spread open (<c>legs spread wide</c>): nudity (4): an open pose, not yet an act.</item>
/// </list>
/// The levels are those of the listed terms the combinations stand for: an act on a body part or a mounted person is what an
/// explicit term says (<c>blowjob</c>, <c>cowgirl</c>, level 6), an exposed part what a nudity term says (<c>topless</c>, 4).
/// Guards (data too): care and medicine in the clause (breastfeeding, a medical exam) read nothing; a food word beside a body
/// word makes it meat (chicken breast); water (a swim, the bath, rain) makes wetness innocent; a horse, a bike or a lollipop
/// is what is ridden or sucked, not a person; a camera's view makes a position the picture's (photo taken from behind).
/// </summary>
/// <remarks>
/// Cost: one search of the prompt for the table's trigger words (body parts, agents, limbs, mounting acts, positions),
/// ignoring case (a prompt in ASCII: the scan shared with <see cref="ChildStatements"/>, <see cref="StatementTriggers"/>);
/// a prompt without one pays nothing more. Only the clause around a trigger is split and looked up.
/// </remarks>
internal static class SexualStatements
{
    /// <summary>Words of a clause read; a longer clause is read up to here.</summary>
    private const int MaxWords = 64;

    /// <summary>Words from one part of a pair to the other (<c>his tongue sliding between her thighs</c>: four).</summary>
    private const int Reach = 4;

    /// <summary>Words between a mounting act and its person (<c>thrusting deep into her</c>: two).</summary>
    private const int PersonReach = 3;

    /// <summary>Words between a food word and the body word it makes meat (<c>petto di pollo</c>: two).</summary>
    private const int FoodReach = 2;

    /// <summary>Characters of an unspaced script between the two parts of a pair (<c>パンツがびしょびしょに濡れて</c>).</summary>
    private const int UnspacedReach = 10;

    /// <summary>Words between "only wearing" and what is worn (<c>only wearing a red apron</c>: two).</summary>
    private const int OnlyReach = 2;

    /// <summary>Characters of an unspaced script between a sheer word and its garment (<c>透けたネグリジェ</c>: one).</summary>
    private const int UnspacedSheerReach = 2;

    /// <summary>How many words may open a clause before its slipping verb for the verb to go on about the clause before: <c>, который сползает</c>.</summary>
    private const int SlipOpening = 2;

    private const int Explicit = 6;
    private const int Nudity = 4;
    private const int Suggestive = 2;

    private static readonly Lazy<SexualStatementTable> Data = new(SexualStatementTable.Load);

    /// <summary>How this reader cuts its clause (<see cref="ClauseBounds"/>): the danda (।) ends a Hindi sentence.</summary>
    internal static readonly ClauseBounds Clauses = new(dandaEnds: true);

    /// <summary>
    /// The table's ASCII triggers shorter than the shared finder's key (the number 69, session 20): the shared scan finds them
    /// too, and their clauses are read after the others.
    /// </summary>
    internal static readonly LateTriggers ShortTriggers = new(StatementTriggers.SexualShort, static () => Data.Value.ShortAsciiTriggers);

    /// <summary>This reader as the shared trigger scan drives it (<see cref="StatementTriggers"/>).</summary>
    internal static readonly ClauseReader<GearSeen> Reader = new(StatementTriggers.Sexual, ShortTriggers, Clauses, static () => Data.Value.Triggers, AfterPrefix,
        static (string source, int start, int end, SignalSummary into, ref GearSeen gear) => ReadClause(source, start, end, Data.Value, into, ref gear, ref gear.Weak),
        ReadGearOfPrompt);

    [ThreadStatic]
    private static SexualStatementTable.Found[]? t_found;

    /// <summary>For tests: the shipped table.</summary>
    internal static SexualStatementTable Table => Data.Value;

    /// <summary>Reads the prompt's statements of this table alone into <paramref name="into"/> as sexual evidence (tests, diagnostics).</summary>
    public static void Detect(string source, SignalSummary into) => Reader.Detect(source, into);

    /// <summary>The first trigger at or after <paramref name="from"/> that starts a word (any script; after an Arabic or Hebrew prefix letter too), or -1.</summary>
    internal static int FindTrigger(string source, int from) => Reader.FindTrigger(source, from);

    /// <summary>
    /// After the prompt's clauses (those of the short triggers last, <see cref="ShortTriggers"/>): the weak words (session 20) are read; BDSM gear is read over the whole prompt, whose tags often name one piece each (collar, leash,
    /// whip): two pieces, or a restraint with a place of sex or with gear, are suggestive unless an animal or the police is
    /// anywhere in the prompt.
    /// </summary>
    private static void ReadGearOfPrompt(string source, SignalSummary into, ref GearSeen gear)
    {
        ReadWeak(source, Data.Value, into, gear.Weak);
        if (gear.Pieces == 0 && !gear.Restrained && gear.Bound.End == 0)
        {
            return;
        }

        if (HasGuard(source, Data.Value, SexualStatementKinds.Animal | SexualStatementKinds.Thing | SexualStatementKinds.Law))
        {
            return; // a dog's collar and leash, a jockey's crop, an arrest
        }

        // Session 24 (i16-sexual26): gear with a submissive partner ("soumis en collier", "onderdanige man met halsband",
        // "покорный мужчина в ошейнике") is a BDSM scene, a sexual practice shown, not an outfit: nudity (4), which `strict`
        // blocks, as it blocks "bdsm" and "dominatrix" now. Gear alone stays suggestive (a leather collar is also fashion).
        // Session 26 (i16-sexual30): so is a dominant role (Domina, maîtresse, госпожа, 女王様, 여왕님, SM) with gear or a
        // bound partner ("Domina mit Peitsche", "女王拿皮鞭，被捆绑的男人"), and a submissive partner who is bound; a queen, a
        // landlady or a clothing size with neither stays nothing. A dominant role asks for two pieces or a bound partner: one
        // piece may be a necklace (collier, Halsband) on a schoolmistress.
        var (start, end) = gear.Pieces > 0 ? (gear.Start, gear.End) : gear.Bound;
        var roles = PromptKinds(source, Data.Value, NoWordSkipped) & (SexualStatementKinds.Submissive | SexualStatementKinds.Dominant);
        var bound = gear.Bound.End > 0;
        if (((roles & SexualStatementKinds.Submissive) != 0 && (gear.Pieces > 0 || bound))
            || ((roles & SexualStatementKinds.Dominant) != 0 && (gear.Pieces >= 2 || bound)))
        {
            into.Add(Signal.Sexual, Term(source, start, end), Nudity, start, end, PromptField.Prompt);
        }
        else if (gear.Pieces >= 2 || gear.Restrained)
        {
            into.Add(Signal.Sexual, Term(source, gear.Start, gear.End), Suggestive, gear.Start, gear.End, PromptField.Prompt);
        }
    }

    /// <summary>BDSM gear seen so far in the prompt: distinct pieces, a restraint beside a place or gear, and the first span.</summary>
    internal struct GearSeen
    {
        public int Pieces;
        public bool Restrained;

        /// <summary>The first restraint word of the prompt, near a place or gear or not (a bound partner: session 26).</summary>
        public (int Start, int End) Bound;

        /// <summary>The weak words of the prompt (session 20), decided once every clause was read (<see cref="ReadWeak"/>).</summary>
        public WeakSeen Weak;
        public int Start;
        public int End;
        public string? First;

        public void Piece(string source, int start, int end)
        {
            var text = source[start..end];
            if (Pieces == 0)
            {
                (Start, End, First, Pieces) = (start, end, text, 1);
            }
            else if (Pieces == 1 && !string.Equals(First, text, StringComparison.OrdinalIgnoreCase))
            {
                (Pieces, End) = (2, Math.Max(End, end));
                Start = Math.Min(Start, start);
            }
        }
    }

    /// <summary>
    /// Words read alone in their clause that are sexual only with another sexual word somewhere in the prompt (session 20,
    /// i16-sexual21): tag lists name one thing per tag (<c>anal, lube, from behind</c>; <c>riding on top, moaning</c>;
    /// <c>sheer nightie, everything showing</c>). The first of each sort and its span.
    /// </summary>
    internal struct WeakSeen
    {
        public (int Start, int End) Act;
        public (int Start, int End) Pose;
        public (int Start, int End) Visible;
        public (int Start, int End) Nothing;
        public (int Start, int End) Slip;

        /// <summary>Session 23 (i16-sexual25): a position named by slang, a hand on an intimate part, lingerie, no bra, a nudist beach, a posed body.</summary>
        public (int Start, int End) Named;
        public (int Start, int End) Grope;
        public (int Start, int End) Lingerie;
        public (int Start, int End) Braless;
        public (int Start, int End) Nudist;
        public (int Start, int End) Posed;

        /// <summary>Session 26 (i16-sexual30): a sex word with an innocent sense (banging, wippen, trombare, 3P).</summary>
        public (int Start, int End) Coupling;

        /// <summary>Session 27 (i16-sexual31): a sex word whose innocent sense is common (trío, pipe, broche).</summary>
        public (int Start, int End) Innuendo;

        /// <summary>Session 26: a second lingerie word unlike the first (lace lingerie and stockings, Dessous und Strapse).</summary>
        public (int Start, int End) Lingerie2;

        /// <summary>Session 28 (i16-acts32): a hidden camera or a leaked picture (versteckte Kamera, كاميرا مخفية, 隠しカメラ).</summary>
        public (int Start, int End) Covert;

        public static void Note(ref (int Start, int End) slot, int start, int end)
        {
            if (slot.End == 0)
            {
                slot = (start, end);
            }
        }
    }

    /// <summary>What counts beside a weak act word (<c>anal</c>, <c>69</c>, <c>missionary</c>) anywhere in the prompt.</summary>
    private const SexualStatementKinds ActContext = SexualStatementKinds.Aroused | SexualStatementKinds.Body | SexualStatementKinds.Position
        | SexualStatementKinds.Gear | SexualStatementKinds.Restraint | SexualStatementKinds.TagAct | SexualStatementKinds.PairAct
        | SexualStatementKinds.Rough | SexualStatementKinds.Spread | SexualStatementKinds.Mount | SexualStatementKinds.Act
        | SexualStatementKinds.Genre;

    /// <summary>What counts beside a position or a mounting act said alone (<c>riding on top</c>, <c>on all fours</c>): a moan (not panting or a swollen knee) or a sexual act word; not gear (a riding lesson with a riding crop).</summary>
    private const SexualStatementKinds PoseContext = SexualStatementKinds.Moan | SexualStatementKinds.TagAct | SexualStatementKinds.PairAct
        | SexualStatementKinds.Genre;

    /// <summary>
    /// What makes a sex word with an innocent sense (a named position, a coupling word) sexual anywhere in the prompt: a couple or
    /// partners (session 23, 26), or an explicit or erotic genre word (session 27, i16-sexual31: "trío …, erótico explícito",
    /// "levrette …, explicite").
    /// </summary>
    private const SexualStatementKinds PartnersOrGenre = SexualStatementKinds.Couple | SexualStatementKinds.Genre;

    /// <summary>Guards of the weak words over the prompt: medicine, an animal, a ridden or sucked thing (a pony, a bus numbered 69).</summary>
    private const SexualStatementKinds WeakGuards = SexualStatementKinds.Care | SexualStatementKinds.Animal | SexualStatementKinds.Thing;

    /// <summary>Guards of a position's pairs of session 23: the weak guards, the camera's view and exercise (on all fours on a yoga mat).</summary>
    private const SexualStatementKinds PoseGuards = WeakGuards | SexualStatementKinds.View | SexualStatementKinds.Exercise;

    /// <summary>
    /// Guards of a position named by slang (session 27, i16-sexual31): those of <see cref="PoseGuards"/> but the camera's view:
    /// a reverse cowgirl "with her ass toward the camera", "POV" is the position filmed, not a photo taken from behind.
    /// </summary>
    private const SexualStatementKinds NamedGuards = WeakGuards | SexualStatementKinds.Exercise;

    /// <summary>What a wet, sheer or everything-showing garment is said with (<see cref="ReadWeak"/>: with no bra, nudity).</summary>
    private const SexualStatementKinds SeenThrough = SexualStatementKinds.Wet | SexualStatementKinds.Sheer | SexualStatementKinds.Visible;

    /// <summary>The kinds of session 23 noted in a clause (<see cref="NoteWeak"/>).</summary>
    private const SexualStatementKinds Noted25 = SexualStatementKinds.Bra | SexualStatementKinds.Braless | SexualStatementKinds.Nudist
        | SexualStatementKinds.Posed | SexualStatementKinds.Hand | SexualStatementKinds.Coupling | SexualStatementKinds.Innuendo
        | SexualStatementKinds.Covert;

    /// <summary>
    /// A slipping verb with one of these in its own clause is read there, not noted for the clause before: a wrap is WeakLevel's
    /// pair (a towel slipping off), water or rain is what falls (la pluie tombe).
    /// </summary>
    private const SexualStatementKinds SlipReadInItsClause = SexualStatementKinds.Wrap | SexualStatementKinds.Water;

    /// <summary>
    /// The weak words of the prompt, decided once every clause was read: an act word with another sexual word anywhere
    /// (explicit, 6, as <c>anal sex</c> is); a position or mounting act with a moan or an act word (explicit); "everything
    /// showing" with a garment and a sheer or wet word (nudity, 4). The prompt is scanned again only when one was found.
    /// </summary>
    private static void ReadWeak(string source, SexualStatementTable table, SignalSummary into, WeakSeen weak)
    {
        if (weak.Act.End > 0 && PromptKinds(source, table, weak.Act) is var a
            && (a & ActContext) != 0 && (a & WeakGuards) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Act.Start, weak.Act.End), Explicit, weak.Act.Start, weak.Act.End, PromptField.Prompt);
        }

        if (weak.Pose.End > 0 && PromptKinds(source, table, weak.Pose) is var p
            && ((p & PoseContext) != 0 || weak.Grope.End > 0) && (p & (WeakGuards | SexualStatementKinds.View)) == 0
            && (weak.Grope.End == 0 || (p & PoseContext) != 0 || (p & SexualStatementKinds.Exercise) == 0))
        {
            // A position with a moan or an act word, or with a hand on an intimate part (on all fours, his hand on her ass;
            // session 23): explicit.
            into.Add(Signal.Sexual, Term(source, weak.Pose.Start, weak.Pose.End), Explicit, weak.Pose.Start, weak.Pose.End, PromptField.Prompt);
        }

        ReadWeak25(source, table, into, weak);

        if (weak.Visible.End > 0 && PromptKinds(source, table, weak.Visible) is var v
            && (v & (SexualStatementKinds.Garment | SexualStatementKinds.Cover | SexualStatementKinds.Costume)) != 0
            && (v & (SexualStatementKinds.Sheer | SexualStatementKinds.Wet)) != 0
            && (v & (SexualStatementKinds.Water | SexualStatementKinds.Care)) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Visible.Start, weak.Visible.End), Nudity, weak.Visible.Start, weak.Visible.End, PromptField.Prompt);
        }

        // "only an apron, nothing underneath": the garment is named in another tag.
        if (weak.Nothing.End > 0 && PromptKinds(source, table, weak.Nothing) is var n
            && (n & Covers) != 0 && (n & (SexualStatementKinds.Thing | SexualStatementKinds.Care)) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Nothing.Start, weak.Nothing.End), Nudity, weak.Nothing.Start, weak.Nothing.End, PromptField.Prompt);
        }

        // "only a towel, which is slipping off", "nur ein Handtuch, das runterrutscht": the wrap is named in another clause
        // (session 22, i16-sexual24). A ridden or sucked thing, an animal or medicine anywhere is the guard.
        if (weak.Slip.End > 0 && PromptKinds(source, table, weak.Slip) is var w
            && (w & SexualStatementKinds.Wrap) != 0 && (w & WeakGuards) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Slip.Start, weak.Slip.End), Nudity, weak.Slip.Start, weak.Slip.End, PromptField.Prompt);
        }

        // Session 28 (i16-acts32): a hidden camera or a leaked picture with a stripping verb and a garment anywhere in the
        // prompt ("versteckte Kamera in der Umkleide, eine Frau zieht ihr Abendkleid aus", "كاميرا مخفية … تخلع فستان السهرة",
        // 試着室の隠しカメラ、ドレスを脱いでいる): the undressing filmed in secret is nudity (4), a voyeur's picture. A hanger, a
        // rack or an animal anywhere is the guard (the dress on a hanger); a hidden-camera prank with no garment taken off is nothing.
        if (weak.Covert.End > 0 && PromptKinds(source, table, weak.Covert) is var c
            && (c & SexualStatementKinds.Strip) != 0 && (c & (SexualStatementKinds.Attire | SexualStatementKinds.Garment | SexualStatementKinds.Bra)) != 0
            && (c & WeakGuards) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Covert.Start, weak.Covert.End), Nudity, weak.Covert.Start, weak.Covert.End, PromptField.Prompt);
        }
    }

    /// <summary>
    /// The weak pairs of session 23 (i16-sexual25), the adult sexual half a <c>strict</c> service blocks though no nude word is
    /// said, each over the whole prompt (tags name one thing each):
    /// <list type="bullet">
    /// <item>a position named by slang or one partner on top of the other, with a couple (<c>doggy, married couple in their
    /// 40s</c>, <c>na pieska, para po czterdziestce</c>, <c>раком, супруги</c>, <c>elle sur lui, couple de trentenaires</c>):
    /// explicit (6);</item>
    /// <item>lingerie with a position or a posed body (<c>black lace thong, bent over, ass up</c>, <c>in perizoma, a quattro
    /// zampe</c>, <c>fio dental, empinando</c>): nudity (4); lingerie alone stays what the lexicon says (suggestive);</item>
    /// <item>no bra or no panties with a wet, sheer or everything-showing word (<c>soaked white tee, no bra</c>, <c>без лифака,
    /// всё видно</c>; rain in the prompt makes no difference, as it is what wets the shirt): nudity (4);</item>
    /// <item>a nudist beach with an intimate body part (<c>nudapláž, povislá prsa</c>): nudity (4).</item>
    /// </list>
    /// Guards: an animal, a ridden or sucked thing, medicine; for positions also the camera's view and exercise (yoga, a sports
    /// bra); for lingerie water too (a thong bikini at the pool).
    /// </summary>
    private static void ReadWeak25(string source, SexualStatementTable table, SignalSummary into, WeakSeen weak)
    {
        if (weak.Named.End > 0 && PromptKinds(source, table, weak.Named) is var n
            && (n & PartnersOrGenre) != 0 && (n & NamedGuards) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Named.Start, weak.Named.End), Explicit, weak.Named.Start, weak.Named.End, PromptField.Prompt);
        }

        // Session 26 (i16-sexual30): a sex word with an innocent sense and a couple or partners anywhere in the prompt
        // ("coppia di cinquantenni che tromba", "stel ligt te wippen", "3P，两男一女"): explicit. Alone a trumpet, a seesaw, a
        // logistics firm; an animal, a ridden or sucked thing, medicine or exercise guards.
        if (weak.Coupling.End > 0 && PromptKinds(source, table, weak.Coupling) is var c
            && (c & PartnersOrGenre) != 0 && (c & (WeakGuards | SexualStatementKinds.Exercise)) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Coupling.Start, weak.Coupling.End), Explicit, weak.Coupling.Start, weak.Coupling.End, PromptField.Prompt);
        }

        // Session 27 (i16-sexual31): a sex word whose innocent sense is common, with an explicit or erotic genre word anywhere
        // ("trío …, erótico explícito", "pipe en vue subjective …, explicite", "broche no carro …, explícito"): explicit. A couple
        // or a bed is not enough (a jazz trio of two men and a woman, a brooch on a couple's lapel).
        if (weak.Innuendo.End > 0 && PromptKinds(source, table, weak.Innuendo) is var u0
            && (u0 & SexualStatementKinds.Genre) != 0 && (u0 & (WeakGuards | SexualStatementKinds.Exercise)) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Innuendo.Start, weak.Innuendo.End), Explicit, weak.Innuendo.Start, weak.Innuendo.End, PromptField.Prompt);
        }

        var posed = weak.Pose.End > 0 ? weak.Pose : weak.Posed;
        if (weak.Lingerie.End > 0 && PromptKinds(source, table, weak.Lingerie) is var l
            && (l & (WeakGuards | SexualStatementKinds.Exercise)) == 0)
        {
            var water = (l & SexualStatementKinds.Water) != 0;
            var allure = (l & SexualStatementKinds.Allure) != 0;
            var dressed = weak.Lingerie2.End > 0
                && !source.AsSpan(weak.Lingerie.Start, weak.Lingerie.End - weak.Lingerie.Start).Equals(source.AsSpan(weak.Lingerie2.Start, weak.Lingerie2.End - weak.Lingerie2.Start), StringComparison.OrdinalIgnoreCase);
            if (posed.End > 0 && (l & SexualStatementKinds.View) == 0 && (!water || allure))
            {
                // A thong at the beach is swimwear, unless the pose is said to seduce (session 26: "fio dental empinando a
                // bunda na praia, pose provocante").
                into.Add(Signal.Sexual, Term(source, posed.Start, posed.End), Nudity, posed.Start, posed.End, PromptField.Prompt);
            }
            else if (!water && ((l & SexualStatementKinds.Place) != 0 || (allure && (dressed || (l & SexualStatementKinds.Genre) != 0))))
            {
                // Session 24 (i16-sexual26): lingerie on a bed, a sofa, in a hotel room ("in roter Spitzenwäsche auf dem
                // Bett", "情趣内衣，躺在酒店床上"): the bedroom scene a `strict` service blocks, not a catalogue shot. The
                // camera's view guards a position (photo taken from behind), not this: "boudoir photo", "写真", "Blick".
                // Session 26 (i16-sexual30): a lingerie outfit of two pieces (lace lingerie and stockings or garters) with a
                // seductive pose or a boudoir shoot ("in kanten body en netkousen, boudoirfoto", "в кружевном белье, пояс и
                // чулки, соблазнительная поза") is the same picture with no bed. One piece with a seductive word ("seductive
                // woman in lingerie") stays suggestive, as the labelled sets hold.
                // Session 27 (i16-sexual31): so is one piece with a seductive word and an explicit, erotic or fetish genre word
                // ("в панчохах із поясом, спокуслива поза, фетиш-фотосесія").
                into.Add(Signal.Sexual, Term(source, weak.Lingerie.Start, weak.Lingerie.End), Nudity, weak.Lingerie.Start, weak.Lingerie.End, PromptField.Prompt);
            }
        }

        if (weak.Braless.End > 0 && PromptKinds(source, table, weak.Braless) is var b
            && (b & SeenThrough) != 0 && (b & (WeakGuards | SexualStatementKinds.Exercise)) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Braless.Start, weak.Braless.End), Nudity, weak.Braless.Start, weak.Braless.End, PromptField.Prompt);
        }

        if (weak.Nudist.End > 0 && PromptKinds(source, table, weak.Nudist) is var u
            && (u & SexualStatementKinds.Body) != 0 && (u & SexualStatementKinds.Care) == 0)
        {
            into.Add(Signal.Sexual, Term(source, weak.Nudist.Start, weak.Nudist.End), Nudity, weak.Nudist.Start, weak.Nudist.End, PromptField.Prompt);
        }
    }

    /// <summary>Garments that can have nothing under them.</summary>
    private const SexualStatementKinds Covers = SexualStatementKinds.Cover | SexualStatementKinds.Garment | SexualStatementKinds.Costume;

    /// <summary>
    /// The kinds of every word of the prompt outside <paramref name="skip"/> (the weak word itself), clause by clause. The walk
    /// ends at the first word of <paramref name="stopAt"/>, so asking for a guard (<see cref="HasGuard"/>) reads no further
    /// than the guard. Read only when a weak word or gear was found.
    /// </summary>
    private static SexualStatementKinds PromptKinds(
        string source, SexualStatementTable table, (int Start, int End) skip, SexualStatementKinds stopAt = SexualStatementKinds.None)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[MaxWords];
        var kinds = SexualStatementKinds.None;
        var start = 0;
        while (start < source.Length)
        {
            var (s, e) = Clauses.Around(source, start);
            var count = ClauseWords.Split(source, s, e, words);
            for (var i = 0; i < count; i++)
            {
                WorkCounter.Add(1);
                var found = table.Longest(source, words, i, count);
                var last = words[i + Math.Max(1, found.Words) - 1].End;
                if (last <= skip.Start || words[i].Start >= skip.End)
                {
                    kinds |= found.Kinds;
                    if ((kinds & stopAt) != 0)
                    {
                        return kinds;
                    }
                }

                i += Math.Max(1, found.Words) - 1;
            }

            if (ClauseWords.HasUnspaced(source, s, e))
            {
                var clause = source.AsSpan(s, e - s);
                foreach (var (text, k) in table.Unspaced)
                {
                    var at = clause.IndexOf(text, StringComparison.Ordinal);
                    if (at >= 0 && (s + at + text.Length <= skip.Start || s + at >= skip.End || clause[(at + 1)..].IndexOf(text, StringComparison.Ordinal) >= 0))
                    {
                        kinds |= k;
                    }
                }

                if ((kinds & stopAt) != 0)
                {
                    return kinds;
                }
            }

            start = e + 1;
        }

        return kinds;
    }

    /// <summary>A skip no word falls in: every word starts at or after its end (0).</summary>
    private static readonly (int Start, int End) NoWordSkipped = (0, 0);

    /// <summary>Does any clause of the prompt hold a word of <paramref name="kinds"/>? Read only when gear was found (rare).</summary>
    private static bool HasGuard(string source, SexualStatementTable table, SexualStatementKinds kinds) =>
        (PromptKinds(source, table, NoWordSkipped, stopAt: kinds) & kinds) != 0;

    /// <summary>One or two prefix letters (و, ب, ال, ה, ו) start the word before <paramref name="at"/>.</summary>
    private static bool AfterPrefix(string source, int at)
    {
        for (var n = 1; n <= 3 && at - n >= 0; n++)
        {
            if (!SexualStatementTable.IsPrefixLetter(source[at - n]))
            {
                return false;
            }

            if (at - n == 0 || !char.IsLetter(source[at - n - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static void ReadClause(string source, int start, int end, SexualStatementTable table, SignalSummary into, ref GearSeen gear, ref WeakSeen weak)
    {
        Span<(int Start, int End)> words = stackalloc (int, int)[MaxWords];
        var count = ClauseWords.Split(source, start, end, words);
        var found = t_found ??= new SexualStatementTable.Found[MaxWords];
        var clause = SexualStatementKinds.None;
        for (var i = 0; i < count; i++)
        {
            found[i] = table.Longest(source, words, i, count);
            clause |= found[i].Kinds;
            for (var k = 1; k < found[i].Words; k++)
            {
                found[++i] = default; // the words of a phrase ("an die Brust", "chicken breast") are not read on their own
            }
        }

        if ((clause & SexualStatementKinds.Care) != 0)
        {
            return; // breastfeeding, a medical exam, an anatomy lesson: the body is not sexual here
        }

        if ((clause & (SexualStatementKinds.Gear | SexualStatementKinds.Restraint)) != 0)
        {
            ReadGear(source, words, found.AsSpan(0, count), ref gear);
        }

        var (level, first, second, last) = ReadPairs(found.AsSpan(0, count), clause);
        if (level < Nudity && OpenedOnBody(found.AsSpan(0, count), clause) is var (opened, body) && opened >= 0)
        {
            (level, first, second, last) = (Nudity, Math.Min(opened, body), Math.Max(opened, body), Math.Max(opened, body));
        }
        if (level > 0)
        {
            into.Add(Signal.Sexual, Term(source, words[first].Start, words[last].End), level, words[first].Start, words[last].End, PromptField.Prompt);
            var firstEnd = words[first + Math.Max(1, found[first].Words) - 1].End;
            DropNamesIn(into, words[first].Start, firstEnd, words[second].Start, words[last].End);
        }

        if (level < Explicit && (clause & (Weak | SexualStatementKinds.Visible | SexualStatementKinds.Nothing | SexualStatementKinds.Slip | Noted25)) != 0)
        {
            NoteWeak(words, found.AsSpan(0, count), clause, ref weak);
        }

        if (ClauseWords.HasUnspaced(source, start, end))
        {
            ReadUnspaced(source, start, end, table, into, ref gear, ref weak);
        }
    }

    /// <summary>
    /// A garment opened and an intimate body part in one clause, however far apart (<c>ouvre son peignoir de soie et montre ses
    /// seins</c>, <c>rozpina fartuch i pokazuje biust</c>; session 23): the indexes of the opening word and the body part, or
    /// (-1, -1). Medicine or water in the clause reads nothing (a breast exam, a swim).
    /// </summary>
    private static (int Opened, int Body) OpenedOnBody(ReadOnlySpan<SexualStatementTable.Found> found, SexualStatementKinds clause)
    {
        const SexualStatementKinds needed = SexualStatementKinds.Strip | SexualStatementKinds.Body;
        if ((clause & needed) != needed || (clause & Covers) == 0 || (clause & (SexualStatementKinds.Care | SexualStatementKinds.Water)) != 0)
        {
            return (-1, -1);
        }

        var (opened, body) = (-1, -1);
        for (var i = 0; i < found.Length && (opened < 0 || body < 0); i++)
        {
            if (opened < 0 && (found[i].Kinds & SexualStatementKinds.Strip) != 0)
            {
                opened = i;
            }
            else if (body < 0 && (found[i].Kinds & SexualStatementKinds.Body) != 0 && (found[i].Kinds & SexualStatementKinds.Strip) == 0)
            {
                body = i;
            }
        }

        return opened >= 0 && body >= 0 ? (opened, body) : (-1, -1);
    }

    /// <summary>Kinds of a weak word: sexual only with another sexual word of the prompt.</summary>
    private const SexualStatementKinds Weak = SexualStatementKinds.TagAct | SexualStatementKinds.PairAct | SexualStatementKinds.Position | SexualStatementKinds.Mount;

    /// <summary>The weak words of a clause that read no explicit pair (<see cref="ReadWeak"/> decides them over the prompt).</summary>
    private static void NoteWeak(ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<SexualStatementTable.Found> found, SexualStatementKinds clause, ref WeakSeen weak)
    {
        if ((clause & WeakGuards) != 0)
        {
            return;
        }

        if ((clause & (SexualStatementKinds.Nothing | SexualStatementKinds.Under)) == (SexualStatementKinds.Nothing | SexualStatementKinds.Under) && (clause & Covers) == 0)
        {
            for (var i = 0; i < found.Length; i++)
            {
                if ((found[i].Kinds & SexualStatementKinds.Nothing) != 0)
                {
                    WeakSeen.Note(ref weak.Nothing, words[i].Start, words[i + Math.Max(1, found[i].Words) - 1].End);
                    break;
                }
            }
        }

        for (var i = 0; i < found.Length; i++)
        {
            var kinds = found[i].Kinds;
            if (kinds == 0)
            {
                continue;
            }

            var end = words[i + Math.Max(1, found[i].Words) - 1].End;
            Note25(ref weak, kinds, clause, words[i].Start, end);
            if ((kinds & (SexualStatementKinds.TagAct | SexualStatementKinds.PairAct)) != 0)
            {
                WeakSeen.Note(ref weak.Act, words[i].Start, end);
            }
            else if ((kinds & (SexualStatementKinds.Position | SexualStatementKinds.Mount)) != 0 && (kinds & SexualStatementKinds.Open) == 0)
            {
                WeakSeen.Note(ref weak.Pose, words[i].Start, end);
            }

            if ((kinds & SexualStatementKinds.Visible) != 0)
            {
                WeakSeen.Note(ref weak.Visible, words[i].Start, end);
            }

            // A clause that opens with its slipping verb goes on about the clause before ("nur ein Handtuch, das
            // runterrutscht", "ręcznik, który się zsuwa"); rain or water in it is what falls (la pluie tombe).
            if ((kinds & SexualStatementKinds.Slip) != 0 && i <= SlipOpening
                && (clause & SlipReadInItsClause) == 0)
            {
                WeakSeen.Note(ref weak.Slip, words[i].Start, end);
            }
        }
    }

    /// <summary>
    /// The words of session 23 a clause notes for <see cref="ReadWeak25"/>: a named position, lingerie, no bra, a nudist beach,
    /// a posed body, and a hand in a clause with an intimate body part (<c>his hand on her ass</c>).
    /// </summary>
    private static void Note25(ref WeakSeen weak, SexualStatementKinds kinds, SexualStatementKinds clause, int start, int end)
    {
        if ((kinds & SexualStatementKinds.Covert) != 0)
        {
            WeakSeen.Note(ref weak.Covert, start, end);
        }

        if ((kinds & (SexualStatementKinds.Named | SexualStatementKinds.Atop)) != 0)
        {
            WeakSeen.Note(ref weak.Named, start, end);
        }

        if ((kinds & SexualStatementKinds.Bra) != 0)
        {
            if (weak.Lingerie.End > 0 && weak.Lingerie2.End == 0 && start >= weak.Lingerie.End)
            {
                weak.Lingerie2 = (start, end);
            }

            WeakSeen.Note(ref weak.Lingerie, start, end);
        }

        if ((kinds & SexualStatementKinds.Braless) != 0)
        {
            WeakSeen.Note(ref weak.Braless, start, end);
        }

        if ((kinds & SexualStatementKinds.Nudist) != 0)
        {
            WeakSeen.Note(ref weak.Nudist, start, end);
        }

        if ((kinds & SexualStatementKinds.Posed) != 0)
        {
            WeakSeen.Note(ref weak.Posed, start, end);
        }

        if ((kinds & SexualStatementKinds.Coupling) != 0)
        {
            WeakSeen.Note(ref weak.Coupling, start, end);
        }

        if ((kinds & SexualStatementKinds.Innuendo) != 0)
        {
            WeakSeen.Note(ref weak.Innuendo, start, end);
        }

        if ((kinds & SexualStatementKinds.Hand) != 0 && (clause & SexualStatementKinds.Body) != 0)
        {
            WeakSeen.Note(ref weak.Grope, start, end);
        }
    }

    /// <summary>
    /// A name the people rules read in the words of the statement itself (<c>elle frotte</c>, <c>tay anh</c>, a transliterated
    /// name inside <c>חודר אליה</c>) is those words misread: the same letters are the act or the body part. Only the pair's two
    /// ends count, so a real name between them ("licking Taylor Swift's nipples") stays a name.
    /// </summary>
    private static void DropNamesIn(SignalSummary into, int aStart, int aEnd, int bStart, int bEnd)
    {
        foreach (var signal in (ReadOnlySpan<Signal>)[Signal.RealPerson, Signal.RealPersonLikely])
        {
            ref readonly var name = ref into[signal];
            if (name.IsPresent && name.Field == PromptField.Prompt
                && ((name.SourceStart < aEnd && aStart < name.SourceEnd) || (name.SourceStart < bEnd && bStart < name.SourceEnd)))
            {
                into.Drop(signal);
            }
        }
    }

    /// <summary>The strongest pair of the clause: its level and the word indexes of its first word, its second part and its last word.</summary>
    private static (int Level, int First, int Second, int Last) ReadPairs(Span<SexualStatementTable.Found> found, SexualStatementKinds clause)
    {
        // Meat, not a body: chicken breast, petto di pollo, pechuga (a food word beside it either way).
        for (var i = 0; i < found.Length; i++)
        {
            if ((found[i].Kinds & SexualStatementKinds.Body) != 0 && FoodBeside(found, i))
            {
                found[i] = found[i] with { Kinds = found[i].Kinds & ~SexualStatementKinds.Body };
            }

            // "from behind the tree": an open position followed by a word of no kind is a place.
            if ((found[i].Kinds & SexualStatementKinds.Open) != 0 && !EndsOpen(found, i))
            {
                found[i] = found[i] with { Kinds = found[i].Kinds & ~SexualStatementKinds.Position };
            }
        }

        var best = (Level: 0, First: 0, Second: 0, Last: 0);
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i].Kinds == 0)
            {
                continue;
            }

            var last = i + found[i].Words - 1;
            if (found[i].Words > 1 && Level(found[i].Kinds, found[i].Kinds, clause) is var own && own > best.Level)
            {
                best = (own, i, i, last); // a phrase listed under two kinds is the pair itself: hard nipples
            }

            if ((found[i].Kinds & SexualStatementKinds.TagAct) != 0 && Math.Max(1, found[i].Words) == found.Length && best.Level < Explicit)
            {
                best = (Explicit, i, i, last); // a tag of its own: "anal", "анал" (a prompt's tags name acts, not fins or glands)
            }

            if (best.Level < Explicit && NumberWithPartners(found[i].Kinds, clause))
            {
                best = (Explicit, i, i, last); // 69 entre un homme et une femme, marito e moglie … fanno un sessantanove (session 30)
            }

            for (var j = last + 1; j < Math.Min(found.Length, last + Reach + 1); j++)
            {
                WorkCounter.Add(1);
                if (found[j].Kinds == 0)
                {
                    continue;
                }

                var level = Math.Max(Level(found[i].Kinds, found[j].Kinds, clause), Level(found[j].Kinds, found[i].Kinds, clause));
                var gap = j - last - 1;
                var close = gap == 0 || (gap == 1 && (found[last + 1].Kinds & SexualStatementKinds.Tail) == 0);
                level = Math.Max(level, Math.Max(NamedLevel(found[i].Kinds, found[j].Kinds, clause, close, gap), NamedLevel(found[j].Kinds, found[i].Kinds, clause, close, gap, aFirst: false)));
                if ((found[i].Kinds & SexualStatementKinds.Mount) != 0 && (found[j].Kinds & SexualStatementKinds.Person) != 0
                    && j - last <= PersonReach && ((found[j].Kinds & SexualStatementKinds.Partner) != 0 || EndsAsObject(found, j))
                    && (clause & SexualStatementKinds.Thing) == 0)
                {
                    level = Explicit; // riding him slowly, straddling him, thrusting deep into her
                }
                else if ((found[i].Kinds & SexualStatementKinds.Person) != 0 && (found[j].Kinds & SexualStatementKinds.Mount) != 0
                    && (found[j].Kinds & SexualStatementKinds.ObjectAfter) == 0 && j - last <= PersonReach && EndsAsObject(found, j) && (clause & SexualStatementKinds.Thing) == 0)
                {
                    level = Math.Max(level, Explicit); // lo cabalga despacio: the object before a verb that ends its clause or goes on with a word of the table (not ella cabalga por la playa)
                }

                level = Math.Max(level, Math.Max(WeakLevel(found[i].Kinds, found[j].Kinds, clause), WeakLevel(found[j].Kinds, found[i].Kinds, clause)));
                level = Math.Max(level, OralLevel(found[i].Kinds, found[j].Kinds, clause));
                if (level > best.Level)
                {
                    best = (level, i, j, j + found[j].Words - 1);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// 69 or its number words with a couple or partners anywhere in its clause (session 30, i16-loanwords36): explicit, as <c>69
    /// position</c> is. A ridden or sucked thing, an animal, medicine or food in the clause guards, as for every weak word; a
    /// numbered thing (room 69, bus 69) is a plain row and never reaches here.
    /// </summary>
    internal static bool NumberWithPartners(SexualStatementKinds word, SexualStatementKinds clause) =>
        (word & SexualStatementKinds.NumberAct) != 0 && (clause & SexualStatementKinds.Couple) != 0
        && (clause & (WeakGuards | SexualStatementKinds.Food | SexualStatementKinds.Exercise)) == 0;

    /// <summary>What an oral verb blows, sucks or licks when it is no partner (session 28): a thing, food, an animal in the clause.</summary>
    private const SexualStatementKinds OralGuards = SexualStatementKinds.Thing | SexualStatementKinds.Food | SexualStatementKinds.Animal;

    /// <summary>
    /// An oral verb and a partner in either order within <see cref="Reach"/> (session 28, i16-sexual32): <c>bläst ihrem bärtigen
    /// Liebhaber einen</c>, <c>смокче чоловікові</c>, <c>se la chupa a su novio</c>: explicit, as <c>blowjob</c> is. A thing, food or an
    /// animal in the clause is what is blown, sucked or licked (a balloon, an ice cream, a dog licking a hand).
    /// </summary>
    internal static int OralLevel(SexualStatementKinds a, SexualStatementKinds b, SexualStatementKinds clause) =>
        (clause & OralGuards) == 0 && (IsOralWithPartner(a, b) || IsOralWithPartner(b, a)) ? Explicit : 0;

    private static bool IsOralWithPartner(SexualStatementKinds verb, SexualStatementKinds partner) =>
        (verb & SexualStatementKinds.Oral) != 0 && (partner & SexualStatementKinds.Couple) != 0;

    /// <summary>How sexual the pair of <paramref name="a"/> and <paramref name="b"/> is (0 for not); <paramref name="clause"/> holds the guards.</summary>
    internal static int Level(SexualStatementKinds a, SexualStatementKinds b, SexualStatementKinds clause)
    {
        // A horse, a bike or a swing in the clause is what is ridden: "a rider with strong thighs" is no mounting act.
        var acts = SexualStatementKinds.Act | SexualStatementKinds.Spread
            | ((clause & SexualStatementKinds.Thing) == 0 ? SexualStatementKinds.Mount : SexualStatementKinds.None);
        var level = 0;
        // Two genital words that both act and are acted on (Pica pica, the magpie) are a repeated name, not an agent on a part.
        var agent = (b & SexualStatementKinds.Agent) != 0
            && ((b & SexualStatementKinds.Body) == 0 || (a & SexualStatementKinds.Agent) == 0);
        if ((a & SexualStatementKinds.Body) != 0)
        {
            if ((b & (acts | SexualStatementKinds.Aroused)) != 0 || agent)
            {
                level = Explicit;
            }
            else if ((b & SexualStatementKinds.Wet) != 0 && (clause & SexualStatementKinds.Water) == 0)
            {
                level = Explicit;
            }
            else if ((b & SexualStatementKinds.Bare) != 0)
            {
                level = Nudity;
            }
        }

        // A position with a body part alone is no act: a toddler on all fours with his bottom up is crawling.
        if ((a & SexualStatementKinds.Position) != 0 && (clause & (SexualStatementKinds.View | SexualStatementKinds.Animal | SexualStatementKinds.Exercise)) == 0
            && (b & (acts | SexualStatementKinds.Aroused | SexualStatementKinds.Wet)) != 0)
        {
            level = Explicit;
        }

        if ((a & SexualStatementKinds.Limb) != 0 && (b & SexualStatementKinds.Spread) != 0)
        {
            level = Math.Max(level, Nudity);
        }

        return level;
    }

    /// <summary>
    /// The pairs of session 19 (i16-slang20), said with words that are innocent alone: a position named by an animal or a thing
    /// beside a place of sex or a rough word (<c>doggy on the sofa</c>, <c>na pieska na stole, ostro</c>): explicit (6); a sheer
    /// word right beside an intimate garment (<c>see-through nightie</c>, <c>camisón transparente</c>; <paramref name="close"/>: no
    /// word or one that is no link word between): suggestive (2), and beside an intimate body part (<c>грудь просвечивает</c>):
    /// nudity (4); "only wearing" with what is worn alone (<c>only wearing an apron</c>,
    /// <c>nur mit Schürze</c>; at most <see cref="OnlyReach"/> words apart): suggestive (2). BDSM gear is read over the whole
    /// prompt (<see cref="ReadGear"/>). Guards: an animal or a ridden thing makes the position the animal's (a dog on all fours on the bed, a cowgirl at the rodeo); water makes a
    /// named position a swimming stroke (op z'n hondjes zwemmen); police or a thief makes handcuffs the law's.
    /// </summary>
    /// <param name="aFirst">Whether <paramref name="a"/> stands before <paramref name="b"/> in the prompt.</param>
    internal static int NamedLevel(SexualStatementKinds a, SexualStatementKinds b, SexualStatementKinds clause, bool close, int gap, bool aFirst = true)
    {
        const SexualStatementKinds animals = SexualStatementKinds.Animal | SexualStatementKinds.Thing;
        if ((a & SexualStatementKinds.Named) != 0 && (b & (SexualStatementKinds.Place | SexualStatementKinds.Rough)) != 0
            && (clause & (animals | SexualStatementKinds.Water | SexualStatementKinds.View)) == 0)
        {
            return Explicit;
        }

        if ((a & SexualStatementKinds.Sheer) != 0)
        {
            if ((b & SexualStatementKinds.Body) != 0)
            {
                return Nudity;
            }

            if ((b & SexualStatementKinds.Garment) != 0 && close)
            {
                return Suggestive;
            }
        }

        // Session 27 (i16-undress31): without a towel or a swimsuit, right beside it (bez ručníku, ohne Handtuch, sin el bañador,
        // 수건 없이): nothing else is worn. A bed, an animal, a ridden thing or medicine in the clause is a bed without its sheet,
        // a dog without a towel, a lab without a coat.
        if ((a & SexualStatementKinds.Without) != 0 && (b & (SexualStatementKinds.Wrap | SexualStatementKinds.Swim)) != 0 && close
            && (clause & (WeakGuards | SexualStatementKinds.Place)) == 0)
        {
            return Nudity;
        }

        if ((a & SexualStatementKinds.Only) == 0 || (b & SexualStatementKinds.Costume) == 0 || gap > OnlyReach)
        {
            return 0;
        }

        // An "only" word that also names a thing (Hindi बस: "only", and "bus") says "only" before what is worn (बस एक एप्रन); after
        // it, it is the next noun: टाई पहनकर बस स्टॉप पर, "wearing a tie at the bus stop" (batch 44's child-alone-hi-03, session 36).
        if (!aFirst && (a & SexualStatementKinds.Thing) != 0)
        {
            return 0;
        }

        // Session 24 (i16-sexual26): only boots, heels, a necklace or a hat on ("her only clothing a pair of cowboy boots",
        // "jen v kožených kozačkách"): nothing covers the body, nudity. Other things worn alone (an apron, his shirt) cover it.
        return (b & SexualStatementKinds.Accessory) != 0 ? Nudity : Suggestive;
    }

    /// <summary>
    /// The pairs of session 20 (i16-sexual21): an act word with an innocent sense (<c>anal</c>, <c>69</c>, <c>meia-nove</c>) beside
    /// another sexual word or a place of sex in its clause: explicit (6); taking off a bra or panties (<c>zsuwa ramiączka stanika</c>;
    /// not a splinter from her thigh, not at the pool): nudity (4); nothing under a garment (<c>nothing under her coat</c>,
    /// <c>pod kabátem nic</c>, <c>под халатом ничего</c>; an under-word in the clause): nudity (4). Guards: medicine, an animal, a
    /// ridden thing, food in the clause (an anal gland, bus 69 is listed plain).
    /// </summary>
    /// <param name="underWordNeeded">Spaced scripts need an under-word in the clause for "nothing" beside a garment; the unspaced
    /// scripts' phrases say wearing themselves (<c>コートの下は何も着ていない</c>), so they do not.</param>
    internal static int WeakLevel(SexualStatementKinds a, SexualStatementKinds b, SexualStatementKinds clause, bool underWordNeeded = true)
    {
        const SexualStatementKinds covers = SexualStatementKinds.Cover | SexualStatementKinds.Garment | SexualStatementKinds.Costume;
        if ((a & (SexualStatementKinds.TagAct | SexualStatementKinds.PairAct)) != 0 && (b & (ActContext | SexualStatementKinds.Place)) != 0
            && (clause & (WeakGuards | SexualStatementKinds.Food)) == 0)
        {
            return Explicit;
        }

        if ((a & SexualStatementKinds.Strip) != 0 && (b & SexualStatementKinds.Bra) != 0 && (clause & (SexualStatementKinds.Care | SexualStatementKinds.Water)) == 0)
        {
            return Nudity; // taking her bra off, zsuwa ramiączka stanika, стягивает лифчик
        }

        if ((a & SexualStatementKinds.Strip) != 0 && (b & SexualStatementKinds.Body) != 0 && (clause & covers) != 0
            && (clause & (SexualStatementKinds.Care | SexualStatementKinds.Water)) == 0)
        {
            return Nudity; // a garment opened on an intimate part: opens her robe to show her breasts, খুলে বুক দেখাচ্ছে (session 23)
        }

        if ((a & SexualStatementKinds.Slip) != 0 && (b & SexualStatementKinds.Wrap) != 0 && (clause & WeakGuards) == 0)
        {
            return Nudity; // only a towel slipping off, handdoek die afglijdt, полотенце сползает, 快滑下来的浴巾 (session 22)
        }

        // Session 27 (i16-undress31): a towel or bathrobe taken, thrown or dropped off (throws off her towel, zrzuca ręcznik,
        // скидає рушник, tappar handduken, 扯掉浴巾), and a swimsuit taken off (bikinisini çıkarıyor, si sfila il costume,
        // 비키니를 벗는): nudity, as a towel slipping off is. A ridden or sucked thing, an animal, medicine, or a rack, hook or
        // the laundry (thing) in the clause is what it is taken off or where it goes. Water is the swimsuit's place, no guard.
        if ((a & SexualStatementKinds.Strip) != 0 && (b & (SexualStatementKinds.Wrap | SexualStatementKinds.Swim)) != 0 && (clause & WeakGuards) == 0)
        {
            return Nudity;
        }

        return (a & SexualStatementKinds.Nothing) != 0 && (b & covers) != 0 && (clause & SexualStatementKinds.Care) == 0
            && (!underWordNeeded || (clause & SexualStatementKinds.Under) != 0) ? Nudity : 0;
    }

    /// <summary>
    /// The gear of one clause: each piece (collar, leash, whip), and a restraint with a place of sex, gear or another restraint
    /// within reach (<c>handcuffed to the bed</c>, <c>прикована наручниками к кровати</c>, <c>bound and blindfolded</c>). Whether they count is decided once the whole prompt
    /// is read (two pieces, or a restraint so placed; suggestive, as <c>bondage</c> is; an animal or the police anywhere keeps them
    /// a dog's collar and leash or an arrest).
    /// </summary>
    private static void ReadGear(string source, ReadOnlySpan<(int Start, int End)> words, ReadOnlySpan<SexualStatementTable.Found> found, ref GearSeen gear)
    {
        for (var i = 0; i < found.Length; i++)
        {
            var end = words[i + Math.Max(1, found[i].Words) - 1].End;
            if ((found[i].Kinds & SexualStatementKinds.Gear) != 0)
            {
                gear.Piece(source, words[i].Start, end);
            }

            if ((found[i].Kinds & SexualStatementKinds.Restraint) == 0)
            {
                continue;
            }

            WeakSeen.Note(ref gear.Bound, words[i].Start, end);
            for (var j = Math.Max(0, i - Reach); j < Math.Min(found.Length, i + Reach + 1); j++)
            {
                WorkCounter.Add(1);
                if (j != i && (found[j].Kinds & (SexualStatementKinds.Place | SexualStatementKinds.Gear | SexualStatementKinds.Restraint)) != 0)
                {
                    gear.Restrained = true;
                    gear.Piece(source, words[i].Start, end);
                    break;
                }
            }
        }
    }

    private static bool FoodBeside(ReadOnlySpan<SexualStatementTable.Found> found, int i)
    {
        for (var j = Math.Max(0, i - FoodReach); j < Math.Min(found.Length, i + found[i].Words + FoodReach); j++)
        {
            WorkCounter.Add(1);
            if (j != i && (found[j].Kinds & SexualStatementKinds.Food) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Entry <paramref name="i"/> ends its clause or is followed by a word of the statement's grammar (slowly, on, over, an
    /// act); a guard word (la playa, the tree's bath) is a noun the entry governs, not a continuation.
    /// </summary>
    private static bool EndsOpen(ReadOnlySpan<SexualStatementTable.Found> found, int i)
    {
        const SexualStatementKinds guards = SexualStatementKinds.Food | SexualStatementKinds.Care | SexualStatementKinds.Water
            | SexualStatementKinds.Thing | SexualStatementKinds.View | SexualStatementKinds.Plain;
        var next = i + found[i].Words;
        return next >= found.Length || (found[next].Kinds & ~guards) != 0;
    }

    /// <summary>
    /// A person object (or a verb with its object before it) that ends the clause, or goes on with words of the grammar up
    /// to its end or to a word of the statement (<c>riding him slowly</c>, <c>lo cabalga despacio</c>). A place after a
    /// preposition (<c>reitet ihn über die Wiese</c>, "him" being the horse) makes it a ride.
    /// </summary>
    private static bool EndsAsObject(ReadOnlySpan<SexualStatementTable.Found> found, int i)
    {
        for (var next = i + found[i].Words; next < found.Length; next += Math.Max(1, found[next].Words))
        {
            WorkCounter.Add(1);
            const SexualStatementKinds guards = SexualStatementKinds.Food | SexualStatementKinds.Care | SexualStatementKinds.Water
                | SexualStatementKinds.Thing | SexualStatementKinds.View | SexualStatementKinds.Plain;
            var kinds = found[next].Kinds;
            if ((kinds & ~(guards | SexualStatementKinds.Tail | SexualStatementKinds.Person)) != 0)
            {
                return true; // an act, a state or a position goes on the statement
            }

            if ((kinds & SexualStatementKinds.Tail) == 0)
            {
                return false; // a noun: the object is a thing or a place
            }
        }

        return true;
    }

    /// <summary>Pairs of an unspaced script: entries found inside the clause, at most <see cref="UnspacedReach"/> characters apart.</summary>
    private static void ReadUnspaced(string source, int start, int end, SexualStatementTable table, SignalSummary into, ref GearSeen gear, ref WeakSeen weak)
    {
        var clause = source.AsSpan(start, end - start);
        Span<(int At, int Length, SexualStatementKinds Kinds)> hits = stackalloc (int, int, SexualStatementKinds)[32];
        var count = 0;
        var kinds = SexualStatementKinds.None;
        foreach (var (text, k) in table.Unspaced)
        {
            WorkCounter.Add(1);
            var from = 0;
            while (count < hits.Length && from < clause.Length && clause[from..].IndexOf(text, StringComparison.Ordinal) is var at and >= 0)
            {
                hits[count++] = (from + at, text.Length, k);
                kinds |= k;
                from += at + text.Length;
            }
        }

        if (count == 0 || (kinds & SexualStatementKinds.Care) != 0)
        {
            return;
        }

        // Session 28 (i16-children32): a hit inside a plain phrase is read as the phrase (จับเบาะ, holding the bike seat, is no
        // grab), as the spaced reader's longest match does; only when the clause holds a plain phrase.
        if ((kinds & SexualStatementKinds.Plain) != 0)
        {
            DropInsidePlain(hits[..count]);
        }

        for (var i = 0; i < count; i++)
        {
            if ((hits[i].Kinds & SexualStatementKinds.Covert) != 0)
            {
                WeakSeen.Note(ref weak.Covert, start + hits[i].At, start + hits[i].At + hits[i].Length);
            }

            if ((hits[i].Kinds & SexualStatementKinds.Gear) != 0)
            {
                gear.Piece(source, start + hits[i].At, start + hits[i].At + hits[i].Length);
            }

            if ((hits[i].Kinds & SexualStatementKinds.Restraint) != 0)
            {
                WeakSeen.Note(ref gear.Bound, start + hits[i].At, start + hits[i].At + hits[i].Length);
            }

            for (var j = 0; j < count && (hits[i].Kinds & SexualStatementKinds.Restraint) != 0; j++)
            {
                var gap = Math.Max(hits[j].At - (hits[i].At + hits[i].Length), hits[i].At - (hits[j].At + hits[j].Length));
                if (j != i && gap <= UnspacedReach && (hits[j].Kinds & (SexualStatementKinds.Place | SexualStatementKinds.Gear | SexualStatementKinds.Restraint)) != 0)
                {
                    gear.Restrained = true;
                    gear.Piece(source, start + hits[i].At, start + hits[i].At + hits[i].Length);
                }
            }
        }

        // A body word inside or right after a food word is meat (鶏むね肉, 鸡胸肉, 닭가슴살, อกไก่).
        for (var i = 0; i < count; i++)
        {
            if ((hits[i].Kinds & SexualStatementKinds.Body) == 0)
            {
                continue;
            }

            for (var j = 0; j < count; j++)
            {
                if ((hits[j].Kinds & SexualStatementKinds.Food) != 0 && hits[i].At <= hits[j].At + hits[j].Length + 1 && hits[j].At <= hits[i].At + hits[i].Length + 1)
                {
                    hits[i].Kinds &= ~SexualStatementKinds.Body;
                }
            }
        }

        var best = (Level: 0, Start: 0, FirstEnd: 0, SecondStart: 0, End: 0);
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < count; j++)
            {
                WorkCounter.Add(1);
                var (a, b) = (hits[i], hits[j]);
                var gap = b.At - (a.At + a.Length);
                if (i == j || gap < 0 || gap > UnspacedReach)
                {
                    continue; // b after a (either order is the other round of the loop), not overlapping
                }

                var level = Math.Max(Level(a.Kinds, b.Kinds, kinds), Level(b.Kinds, a.Kinds, kinds));
                var close = gap <= UnspacedSheerReach;
                level = Math.Max(level, Math.Max(NamedLevel(a.Kinds, b.Kinds, kinds, close, close ? 0 : OnlyReach + 1), NamedLevel(b.Kinds, a.Kinds, kinds, close, close ? 0 : OnlyReach + 1, aFirst: false)));
                level = Math.Max(level, Math.Max(WeakLevel(a.Kinds, b.Kinds, kinds, underWordNeeded: false), WeakLevel(b.Kinds, a.Kinds, kinds, underWordNeeded: false)));
                level = Math.Max(level, OralLevel(a.Kinds, b.Kinds, kinds));
                if ((kinds & SexualStatementKinds.Thing) == 0
                    && (((a.Kinds & SexualStatementKinds.Mount) != 0 && (b.Kinds & SexualStatementKinds.Person) != 0)
                        || ((a.Kinds & SexualStatementKinds.Person) != 0 && (b.Kinds & SexualStatementKinds.Mount) != 0)))
                {
                    level = Explicit; // 骑在他身上, 彼にまたがって
                }

                if (level > best.Level)
                {
                    best = (level, a.At, a.At + a.Length, b.At, b.At + b.Length);
                }
            }
        }

        // Wearing nothing and a garment anywhere in an unspaced clause (เสื้อเชิ้ตขาวเปียกน้ำแนบเนื้อ ไม่ใส่อะไรข้างใน): the clause is the reach.
        if (best.Level < Nudity && (kinds & Covers) != 0 && (kinds & (SexualStatementKinds.Nothing | SexualStatementKinds.Care)) == SexualStatementKinds.Nothing)
        {
            for (var i = 0; i < count; i++)
            {
                if ((hits[i].Kinds & SexualStatementKinds.Nothing) != 0)
                {
                    best = (Nudity, hits[i].At, hits[i].At + hits[i].Length, hits[i].At, hits[i].At + hits[i].Length);
                    break;
                }
            }
        }

        if (best.Level > 0)
        {
            into.Add(Signal.Sexual, Term(source, start + best.Start, start + best.End), best.Level, start + best.Start, start + best.End, PromptField.Prompt);
            DropNamesIn(into, start + best.Start, start + best.FirstEnd, start + best.SecondStart, start + best.End);
        }

        if (best.Level < Explicit && (kinds & WeakGuards) == 0)
        {
            for (var i = 0; i < count; i++)
            {
                var (at, length, k) = hits[i];
                Note25(ref weak, k, kinds, start + at, start + at + length);
                if ((k & (SexualStatementKinds.TagAct | SexualStatementKinds.PairAct)) != 0)
                {
                    WeakSeen.Note(ref weak.Act, start + at, start + at + length);
                }
                else if ((k & (SexualStatementKinds.Position | SexualStatementKinds.Mount)) != 0 && (k & SexualStatementKinds.Open) == 0)
                {
                    WeakSeen.Note(ref weak.Pose, start + at, start + at + length);
                }

                if ((k & SexualStatementKinds.Visible) != 0)
                {
                    WeakSeen.Note(ref weak.Visible, start + at, start + at + length);
                }

                // 彼の大きいシャツ一枚だけ、下は何も着てない: nothing and an under-word in a clause of their own, the garment in
                // another (session 22, i16-sexual24), as NoteWeak reads the spaced scripts.
                if ((k & SexualStatementKinds.Nothing) != 0 && (kinds & SexualStatementKinds.Under) != 0 && (kinds & Covers) == 0)
                {
                    WeakSeen.Note(ref weak.Nothing, start + at, start + at + length);
                }

                if ((k & SexualStatementKinds.Slip) != 0 && (kinds & SlipReadInItsClause) == 0)
                {
                    WeakSeen.Note(ref weak.Slip, start + at, start + at + length);
                }
            }
        }
    }

    /// <summary>Clears the kinds of every hit that lies inside a plain hit (not the plain hit itself).</summary>
    private static void DropInsidePlain(Span<(int At, int Length, SexualStatementKinds Kinds)> hits)
    {
        for (var p = 0; p < hits.Length; p++)
        {
            if ((hits[p].Kinds & SexualStatementKinds.Plain) == 0)
            {
                continue;
            }

            for (var i = 0; i < hits.Length; i++)
            {
                WorkCounter.Add(1);
                if (i != p && hits[i].At >= hits[p].At && hits[i].At + hits[i].Length <= hits[p].At + hits[p].Length)
                {
                    hits[i].Kinds = SexualStatementKinds.None;
                }
            }
        }
    }

    private static string Term(string source, int start, int end) => source[start..Math.Min(end, start + 48)];
}
