namespace GenScreen.Core.Prompts.Rules;

/// <summary>What a word, stem or phrase of Rules/Data/sexual-statements.tsv is in a sexual statement (<see cref="SexualStatements"/>).</summary>
[Flags]
internal enum SexualStatementKinds : ulong
{
    None = 0,

    /// <summary>An intimate body part: breasts, nipples, thighs, crotch, buttocks, genitals.</summary>
    Body = 1 << 0,

    /// <summary>A body part that acts on another: tongue, fingers, mouth, lips.</summary>
    Agent = 1 << 1,

    /// <summary>Legs and hips: sexual only spread open or in a position.</summary>
    Limb = 1 << 2,

    /// <summary>A sexual act or motion done to a body part: lick, suck, rub, squeeze, press, grind, fondle.</summary>
    Act = 1 << 3,

    /// <summary>An act that is sexual with a person as its object: ride him, thrust into her, straddle, pound, penetrate.</summary>
    Mount = 1 << 4,

    /// <summary>Spread open: spread, wide open, splayed.</summary>
    Spread = 1 << 5,

    /// <summary>Bare or exposed: naked, bare, exposed, uncovered.</summary>
    Bare = 1 << 6,

    /// <summary>Wet: wet, soaked, dripping (water, rain, a swim make it innocent).</summary>
    Wet = 1 << 7,

    /// <summary>Aroused: hard, erect, throbbing, swollen, moaning, climaxing, cum.</summary>
    Aroused = 1 << 8,

    /// <summary>A sexual position: from behind, on all fours, bent over, on top of him.</summary>
    Position = 1 << 9,

    /// <summary>A person as the object: him, her, each other, his partner.</summary>
    Person = 1 << 10,

    /// <summary>Words that may follow a person object or a position (slowly, hard, deep, on, over, against).</summary>
    Tail = 1 << 11,

    /// <summary>Food, where a body word names meat: chicken breast, pechuga de pollo.</summary>
    Food = 1 << 12,

    /// <summary>Care and medicine: breastfeeding, a medical exam, an anatomy lesson, a diaper change.</summary>
    Care = 1 << 13,

    /// <summary>Water that makes wetness innocent: swimming, rain, the bath, the pool.</summary>
    Water = 1 << 14,

    /// <summary>What one rides or sucks that is no person: horse, bike, lollipop.</summary>
    Thing = 1 << 15,

    /// <summary>A camera's view: a position is where the picture is taken from (photo taken from behind).</summary>
    View = 1 << 16,

    /// <summary>A whole word that a stem would otherwise read: breaststroke, Brustschwimmen, thigh-high.</summary>
    Plain = 1 << 17,

    /// <summary>
    /// A position that is a place only when nothing follows it (<c>from behind</c> at the clause's end or before <c>slowly</c>,
    /// not <c>from behind the tree</c>): read as <see cref="Position"/> when followed by the clause's end or a word of the table.
    /// </summary>
    Open = 1 << 18,

    /// <summary>
    /// A sex position named by an animal or a thing (<c>doggy</c>, <c>cowgirl</c>, <c>69</c>, <c>na pieska</c>, <c>op z'n hondjes</c>), also a
    /// <see cref="Position"/>: sexual beside a place of sex or a rough word too, unless an animal or a ridden thing is in the clause.
    /// </summary>
    Named = 1 << 19,

    /// <summary>A place of sex: bed, sofa, couch, desk, kitchen counter, back seat.</summary>
    Place = 1 << 20,

    /// <summary>An animal or a rodeo in the clause: the position, collar or leash is the animal's (a dog on all fours, a dog's collar and leash).</summary>
    Animal = 1 << 21,

    /// <summary>Rough or hard, said of sex: hard, rough, hardcore, ostro, mocno.</summary>
    Rough = 1 << 22,

    /// <summary>Sheer: see-through, transparent, sheer; showing through (<c>просвечивают</c>, <c>schemeren door</c>).</summary>
    Sheer = 1 << 23,

    /// <summary>An intimate or thin garment that sheer makes revealing: nightie, negligee, lingerie, blouse, bra.</summary>
    Garment = 1 << 24,

    /// <summary>Restrained: handcuffed, tied up, chained, gagged, blindfolded.</summary>
    Restraint = 1 << 25,

    /// <summary>BDSM gear: collar, leash, gag, whip, riding crop, nipple clamps, leather harness.</summary>
    Gear = 1 << 26,

    /// <summary>Police, an arrest, a thief: handcuffs and chains are the law's (a guard of <see cref="Restraint"/> and <see cref="Gear"/>).</summary>
    Law = 1 << 27,

    /// <summary>Only wearing: only wearing, nothing but, nur mit, solo con, в одном, だけ.</summary>
    Only = 1 << 28,

    /// <summary>What is worn alone when nothing else is: an apron, a tie, stockings, a bedsheet, his shirt, high heels.</summary>
    Costume = 1 << 29,

    /// <summary>Nothing, or wearing nothing: nothing, nichts, rien, ничего, nic, τίποτα, hiçbir şey, 何も着ていない (session 20, i16-sexual21).</summary>
    Nothing = 1UL << 30,

    /// <summary>Under or inside a garment: under, underneath, unter, sous, debajo, под, pod, κάτω από, altında, 안에 (session 20).</summary>
    Under = 1UL << 31,

    /// <summary>A garment worn over the body that can hide nothing under it: coat, robe, bathrobe, hoodie, jacket, towel (session 20).</summary>
    Cover = 1UL << 32,

    /// <summary>Everything showing: everything visible, alles te zien, se le ve todo, видно всё, 全部見える (session 20).</summary>
    Visible = 1UL << 33,

    /// <summary>An act or porn-category word with an innocent sense that is sexual as a tag of its own or beside another sexual word: anal, анал (session 20).</summary>
    TagAct = 1UL << 34,

    /// <summary>A position or act word sexual only beside another sexual word anywhere in the prompt: 69, missionary, meia-nove (session 20).</summary>
    PairAct = 1UL << 35,

    /// <summary>A moan or a face of pleasure: moaning, stöhnt, gémit, стонет, 喘ぎ, ahegao (session 20): what makes a position said alone sexual.</summary>
    Moan = 1UL << 36,

    /// <summary>Taking a garment off: takes off, unhooking, pulling down, снимает, zsuwa, 脱い (session 20).</summary>
    Strip = 1UL << 37,

    /// <summary>A bra or panties, a bra's straps and hook: bra, BH, soutien-gorge, лифчик, stanik, ブラ, culotte (session 20): with a stripping verb, nudity.</summary>
    Bra = 1UL << 38,

    /// <summary>Slipping or falling off the body: slipping, rutscht, glisse, сползает, zsuwa się, afglijdt, 滑落, ずり落ち (session 22, i16-sexual24): with a wrap, nudity.</summary>
    Slip = 1UL << 39,

    /// <summary>What is wrapped round a body with nothing under it: towel, bath towel, bedsheet, Handtuch, полотенце, 浴巾 (session 22, i16-sexual24).</summary>
    Wrap = 1UL << 40,

    /// <summary>A couple of adults: couple, Ehepaar, na pieska's para, супруги, 夫婦 (session 23, i16-sexual25): with a position named by slang anywhere in the prompt, explicit.</summary>
    Couple = 1UL << 41,

    /// <summary>A hand: hand, ręka, рука, 손으로 (session 23): with an intimate body part in its clause, it makes a position said alone sexual.</summary>
    Hand = 1UL << 42,

    /// <summary>A nudist beach or camp: FKK, plage naturiste, nudapláž, γυμνιστική παραλία, ヌーディストビーチ (session 23): with an intimate body part in the prompt, nudity.</summary>
    Nudist = 1UL << 43,

    /// <summary>No bra, no panties: braless, kein BH, без лифчика, ノーブラ, ไม่ใส่บรา (session 23): with a wet, sheer or everything-showing word in the prompt, nudity.</summary>
    Braless = 1UL << 44,

    /// <summary>A posed body: ass up, culo en pompa, empinando, kniend, お尻を突き出 (session 23): with lingerie in the prompt, nudity.</summary>
    Posed = 1UL << 45,

    /// <summary>Yoga, a stretch, a workout, a sports bra (session 23): the guard of the session's pairs (on all fours on a yoga mat).</summary>
    Exercise = 1UL << 46,

    /// <summary>One partner on top of the other: on top of him, elle sur lui, ona na nim, 彼の上に (session 23; also <see cref="Position"/>): with a couple in the prompt, explicit.</summary>
    Atop = 1UL << 47,

    /// <summary>A submissive partner: submissive, soumis, sumiso, onderdanig, uległy, покорный (session 24): with BDSM gear anywhere in the prompt, a BDSM scene, nudity.</summary>
    Submissive = 1UL << 48,

    /// <summary>What covers no intimate part: boots, heels, a necklace, a hat (session 24; also <see cref="Costume"/>): worn alone ("only wearing cowboy boots"), nudity.</summary>
    Accessory = 1UL << 49,

    /// <summary>
    /// Set on a mounting word listed under English only (ride, rides: session 25, i16-precision29): English puts a verb's
    /// object after it, so a person word before it is no object (Italian <c>la mamma che ride</c>, "mum who laughs", read
    /// Spanish <c>la</c> as "her" before English "ride"). Not a row kind: derived from the rows' language column.
    /// </summary>
    ObjectAfter = 1UL << 50,

    /// <summary>
    /// A dominant role of a BDSM scene or its abbreviation: mistress, Domina, maîtresse, госпожа, 女王様, 여왕님, SM (session 26,
    /// i16-sexual30): with BDSM gear or a bound partner anywhere in the prompt, a BDSM scene, nudity. Alone a queen, a landlady,
    /// a clothing size: nothing.
    /// </summary>
    Dominant = 1UL << 51,

    /// <summary>
    /// A sex word with an innocent sense: slang verbs (banging, poppen, trombare, wippen, s'envoyer en l'air) and group-sex words
    /// (3P, Dreier, some) (session 26, i16-sexual30): with a couple or partners named anywhere in the prompt, explicit. Alone a
    /// trumpet, a seesaw, a triangle, a logistics firm: nothing.
    /// </summary>
    Coupling = 1UL << 52,

    /// <summary>
    /// A seductive pose or an erotic shoot: seductive pose, verführerisch, lascive, соблазнительная, boudoir, 誘惑的 (session 26,
    /// i16-sexual30): with lingerie anywhere in the prompt, nudity, the boudoir picture a `strict` service blocks.
    /// </summary>
    Allure = 1UL << 53,

    /// <summary>
    /// A swimsuit or bikini: bikini, swimsuit, Badeanzug, maillot de bain, costume da bagno, купальник, mayosunu, 水着, 수영복
    /// (session 27, i16-undress31): with a stripping verb in its clause, or "without" right beside it, nudity. The beach and the
    /// pool are its place, so water is no guard of these pairs.
    /// </summary>
    Swim = 1UL << 54,

    /// <summary>
    /// Without: without, ohne, sans, sin, bez, без, χωρίς, بدون, बिना, tanpa, 없이 (session 27, i16-undress31): right beside a
    /// wrap or swimsuit (at most one word between: <c>bez ručníku</c>, <c>sin el bañador</c>), nudity. Read only in a clause
    /// another word sets off.
    /// </summary>
    Without = 1UL << 55,

    /// <summary>
    /// An explicit or erotic genre word: explicit, explizit, explícito, эротика, ארוטיקה, 露骨, 노골적, and a fetish shoot (session 27,
    /// i16-sexual31): beside a sex word with an innocent sense (a named position, a coupling word, an act or a position said
    /// alone: levrette, trío, pipe, broche, a cuatro patas), explicit; beside one lingerie piece with a seductive word, nudity.
    /// Alone (erotic literature, explicit lyrics) nothing.
    /// </summary>
    Genre = 1UL << 56,

    /// <summary>
    /// A sex word whose innocent sense is common (session 27, i16-sexual31): trío and trio (music), pipe (a smoking pipe), broche
    /// (a brooch), boquete (a gap): explicit only with a genre word anywhere in the prompt (<see cref="Genre"/>), not with a couple
    /// or a bed (a jazz trio of two men and a woman, a brooch on a couple's lapel, a trio of friends on the sofa).
    /// </summary>
    Innuendo = 1UL << 57,

    /// <summary>
    /// An oral verb whose innocent sense is common (session 28, i16-sexual32): bläst, suce, chupa, smokche, yalıyor, לקק, 舔
    /// (blowing, sucking, licking): with a partner (<see cref="Couple"/>: her lover, дружині, לאשתו) a few words from it in its
    /// clause, explicit (<c>bläst ihrem Liebhaber einen</c>, <c>смокче чоловікові</c>). A blown or sucked thing, food or an
    /// animal in the clause reads nothing (<c>bläst seiner Frau einen Luftballon auf</c>, <c>the dog licks her husband's hand</c>).
    /// </summary>
    Oral = 1UL << 58,

    /// A camera hidden or a picture taken in secret or leaked: hidden camera, versteckte Kamera, caméra cachée, скрытая камера,
    /// كاميرا مخفية, 隠しカメラ, 偷拍, 몰래카메라 (session 28, i16-acts32): with a stripping verb and a worn garment anywhere in the
    /// prompt (<c>hidden camera in the changing room, she takes off her evening dress</c>), the undressing filmed in secret,
    /// nudity. Alone (a hidden-camera prank, a security camera) nothing.
    /// </summary>
    Covert = 1UL << 59,

    /// <summary>
    /// An ordinary garment that can be taken off: dress, evening dress, gown, clothes, Abendkleid, vestito da sera, фстан,
    /// イブニングドレス (session 28, i16-acts32): read only with a covert word (<see cref="Covert"/>) and a stripping verb.
    /// </summary>
    Attire = 1UL << 60,

    /// <summary>
    /// A partner who can only be a person: a stranger, a guy, un inconnu, un type, uno sconosciuto, um desconhecido, לזר (session
    /// 28, i16-acts32; also <see cref="Person"/>): the object of a mounting or sucking verb however the clause goes on (<c>sucking
    /// off a stranger in a club bathroom</c>), where "him" may be a horse and needs the clause to end (<see cref="Person"/>).
    /// </summary>
    Partner = 1UL << 61,

    /// <summary>
    /// 69 or its number words (sixty-nine, sessantanove, devětašedesátka; also <see cref="PairAct"/>): with a couple or partners
    /// in its clause, explicit (session 30, i16-loanwords36: "69 entre un homme et une femme", "marito e moglie … fanno un
    /// sessantanove"); a numbered thing (room 69, bus 69) is plain.
    /// </summary>
    NumberAct = 1UL << 62,
}

/// <summary>The loaded table of <see cref="SexualStatements"/> (<see cref="ClauseTable{TKinds}"/>), with the stems a word not listed is read by.</summary>
internal sealed class SexualStatementTable : ClauseTable<SexualStatementKinds>
{
    /// <summary>Kinds whose words set off the reading of their clause; the others (states, persons, guards) are read only there.</summary>
    private const SexualStatementKinds TriggerKinds = SexualStatementKinds.Body | SexualStatementKinds.Agent | SexualStatementKinds.Limb
        | SexualStatementKinds.Mount | SexualStatementKinds.Position | SexualStatementKinds.Named | SexualStatementKinds.Sheer
        | SexualStatementKinds.Restraint | SexualStatementKinds.Gear | SexualStatementKinds.Costume
        | SexualStatementKinds.Nothing | SexualStatementKinds.Visible | SexualStatementKinds.TagAct | SexualStatementKinds.PairAct
        | SexualStatementKinds.Bra | SexualStatementKinds.Wrap | SexualStatementKinds.Slip
        | SexualStatementKinds.Nudist | SexualStatementKinds.Braless | SexualStatementKinds.Posed | SexualStatementKinds.Coupling
        | SexualStatementKinds.Swim | SexualStatementKinds.Innuendo | SexualStatementKinds.Oral | SexualStatementKinds.Covert;

    /// <summary>Shortest stem: a shorter one would read too many words.</summary>
    public const int MinStem = 3;

    private readonly Dictionary<string, SexualStatementKinds> _stems = new(2_000, StringComparer.Ordinal);

    /// <summary>Mounting words listed under English and no other language (<see cref="SexualStatementKinds.ObjectAfter"/>).</summary>
    private readonly HashSet<string> _objectAfter = new(StringComparer.Ordinal);
    private int _longestStem;

    private SexualStatementTable(ClauseTableRows<SexualStatementKinds> rows)
        : base(rows)
    {
    }

    /// <summary>A table match at a word: its kinds and how many words it spans.</summary>
    public readonly record struct Found(SexualStatementKinds Kinds, int Words);

    /// <summary>Han, kana, Hangul and Thai: no spaces between words, so entries are looked for as text.</summary>
    public static bool IsUnspaced(char c) => ClauseWords.IsUnspaced(c);

    /// <summary>The longest entry starting at word <paramref name="i"/>: a phrase or word as written, else a stem the word starts with.</summary>
    public Found Longest(string source, ReadOnlySpan<(int Start, int End)> words, int i, int count)
    {
        var (kinds, n, term) = LongestEntry(source, words, i, count);

        // A word listed in one class may also start with a stem of another (Turkish külotu: a garment, and the body stem külot*).
        var found = n == 1 && term is not null && (kinds & SexualStatementKinds.Plain) == 0 ? kinds | StemKinds(term) : kinds;
        return new Found(term is not null && (found & SexualStatementKinds.Mount) != 0 && _objectAfter.Contains(term) ? found | SexualStatementKinds.ObjectAfter : found, n);
    }

    /// <summary>
    /// A word not listed as written: the stem it starts with; an Arabic or Hebrew word is read again without a one-letter
    /// prefix (و, ب, ל, ה: and, with, to, the) or the article ال.
    /// </summary>
    protected override SexualStatementKinds ReadWord(ReadOnlySpan<char> word)
    {
        var kinds = ReadWithPrefix(word);
        return kinds != SexualStatementKinds.None || word.Length <= 2 ? kinds : SexualInflection.Read(this, word);
    }

    /// <summary>A word or its stem as listed, with a one-letter prefix or the article (<see cref="ReadWord"/>); Plain reads nothing.</summary>
    internal SexualStatementKinds ReadBase(ReadOnlySpan<char> word)
    {
        if (TryGetSpaced(word, out var listed))
        {
            return listed == SexualStatementKinds.Plain ? SexualStatementKinds.None : listed;
        }

        return word.Length >= MinStem ? ReadWithPrefix(word) : SexualStatementKinds.None;
    }

    /// <summary>Is <paramref name="word"/> listed as a whole word (any kind, Plain too)?</summary>
    internal bool IsListed(ReadOnlySpan<char> word) => TryGetSpaced(word, out _);

    private SexualStatementKinds ReadWithPrefix(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        var kindsOfWord = StemKinds(word);
        if (kindsOfWord == SexualStatementKinds.None && length > MinStem + 1 && IsPrefixLetter(word[0]))
        {
            var rest = word[1..];
            kindsOfWord = TryGetSpaced(rest, out var k1) ? k1 : StemKinds(rest);
            if (kindsOfWord == SexualStatementKinds.None && length > MinStem + 2 && rest[0] == 'ا' && rest[1] == 'ل')
            {
                kindsOfWord = TryGetSpaced(rest[2..], out var k2) ? k2 : StemKinds(rest[2..]);
            }
            else if (kindsOfWord == SexualStatementKinds.None && word[0] == 'ا' && word[1] == 'ل')
            {
                kindsOfWord = TryGetSpaced(word[2..], out var k3) ? k3 : StemKinds(word[2..]);
            }
        }

        return kindsOfWord;
    }

    /// <summary>The kinds of the longest stem <paramref name="word"/> starts with (a Plain stem reads nothing), or none.</summary>
    private SexualStatementKinds StemKinds(ReadOnlySpan<char> word)
    {
        var stems = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var n = Math.Min(word.Length, _longestStem); n >= MinStem; n--)
        {
            WorkCounter.Add(1);
            if (stems.TryGetValue(word[..n], out var kinds))
            {
                return kinds == SexualStatementKinds.Plain ? SexualStatementKinds.None : kinds;
            }
        }

        return SexualStatementKinds.None;
    }

    /// <summary>One-letter prefixes of Arabic (و ب ف ل ك) and Hebrew (ו ה ב ל מ ש כ), and the first letter of the Arabic article.</summary>
    internal static bool IsPrefixLetter(char c) => c is 'و' or 'ب' or 'ف' or 'ل' or 'ك' or 'ا' or 'ו' or 'ה' or 'ב' or 'ל' or 'מ' or 'ש' or 'כ';

    public static SexualStatementTable Load()
    {
        // A trailing * marks a stem (one word): any word that starts with it. A word listed as plain keeps every stem off it;
        // a stem listed as plain keeps shorter stems off the words it starts.
        var stems = new List<(string Stem, SexualStatementKinds Kind)>();
        var mountLanguages = new Dictionary<string, bool>(StringComparer.Ordinal); // text -> listed under English only so far
        var rows = ClauseTableRows<SexualStatementKinds>.Read("sexual-statements.tsv", KindOf, TriggerKinds, (rows, text, kind, line) =>
        {
            if ((kind & SexualStatementKinds.Mount) != 0)
            {
                var english = line.Split('\t') is { Length: >= 3 } columns && columns[1] == "en";
                mountLanguages[text] = mountLanguages.GetValueOrDefault(text, true) && english;
            }

            if (!text.EndsWith('*'))
            {
                return false;
            }

            var stem = text[..^1];
            if (stem.Length < MinStem || stem.Contains(' '))
            {
                throw new InvalidDataException($"sexual-statements.tsv: a stem is one word of at least {MinStem} letters: '{line}'.");
            }

            if (rows.IsTrigger(kind))
            {
                rows.Triggers.Add(stem);
                rows.PrefixTriggers.Add(stem);
            }

            stems.Add((stem, kind));
            return true;
        });
        var table = new SexualStatementTable(rows);
        foreach (var (text, englishOnly) in mountLanguages)
        {
            if (englishOnly && !text.EndsWith('*'))
            {
                table._objectAfter.Add(text);
            }
        }

        foreach (var (stem, kind) in stems)
        {
            table._stems[stem] = table._stems.GetValueOrDefault(stem) | kind;
            table._longestStem = Math.Max(table._longestStem, stem.Length);
        }

        return table;
    }

    private static SexualStatementKinds? KindOf(ReadOnlySpan<char> name) => name switch
    {
        "body" => SexualStatementKinds.Body,
        "agent" => SexualStatementKinds.Agent,
        "limb" => SexualStatementKinds.Limb,
        "act" => SexualStatementKinds.Act,
        "mount" => SexualStatementKinds.Mount,
        "spread" => SexualStatementKinds.Spread,
        "bare" => SexualStatementKinds.Bare,
        "wet" => SexualStatementKinds.Wet,
        "aroused" => SexualStatementKinds.Aroused,
        "position" => SexualStatementKinds.Position,
        "person" => SexualStatementKinds.Person,
        "tail" => SexualStatementKinds.Tail,
        "food" => SexualStatementKinds.Food,
        "care" => SexualStatementKinds.Care,
        "water" => SexualStatementKinds.Water,
        "thing" => SexualStatementKinds.Thing,
        "view" => SexualStatementKinds.View,
        "plain" => SexualStatementKinds.Plain,
        "open-position" => SexualStatementKinds.Position | SexualStatementKinds.Open,
        "named" => SexualStatementKinds.Position | SexualStatementKinds.Named,
        "place" => SexualStatementKinds.Place,
        "animal" => SexualStatementKinds.Animal,
        "rough" => SexualStatementKinds.Rough,
        "sheer" => SexualStatementKinds.Sheer,
        "garment" => SexualStatementKinds.Garment,
        "restraint" => SexualStatementKinds.Restraint,
        "gear" => SexualStatementKinds.Gear,
        "law" => SexualStatementKinds.Law,
        "only" => SexualStatementKinds.Only,
        "costume" => SexualStatementKinds.Costume,
        "nothing" => SexualStatementKinds.Nothing,
        "under" => SexualStatementKinds.Under,
        "cover" => SexualStatementKinds.Cover,
        "visible" => SexualStatementKinds.Visible,
        "tag-act" => SexualStatementKinds.TagAct,
        "pair-act" => SexualStatementKinds.PairAct,
        "moan" => SexualStatementKinds.Moan | SexualStatementKinds.Aroused,
        "strip" => SexualStatementKinds.Strip,
        "bra" => SexualStatementKinds.Bra,
        "slip" => SexualStatementKinds.Slip,
        "wrap" => SexualStatementKinds.Wrap,
        "couple" => SexualStatementKinds.Couple,
        "hand" => SexualStatementKinds.Hand,
        "nudist" => SexualStatementKinds.Nudist,
        "braless" => SexualStatementKinds.Braless,
        "posed" => SexualStatementKinds.Posed,
        "exercise" => SexualStatementKinds.Exercise,
        "atop" => SexualStatementKinds.Position | SexualStatementKinds.Atop,
        "submissive" => SexualStatementKinds.Submissive,
        "accessory" => SexualStatementKinds.Costume | SexualStatementKinds.Accessory,
        "dominant" => SexualStatementKinds.Dominant,
        "coupling" => SexualStatementKinds.Coupling,
        "allure" => SexualStatementKinds.Allure,
        "swim" => SexualStatementKinds.Swim,
        "without" => SexualStatementKinds.Without,
        "genre" => SexualStatementKinds.Genre,
        "innuendo" => SexualStatementKinds.Innuendo,
        "oral" => SexualStatementKinds.Oral,
        "covert" => SexualStatementKinds.Covert,
        "attire" => SexualStatementKinds.Attire,
        "partner" => SexualStatementKinds.Person | SexualStatementKinds.Partner,
        "number-act" => SexualStatementKinds.PairAct | SexualStatementKinds.NumberAct,
        _ => null,
    };
}
