namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// What a word does in the grammar around ages, school stages and negation (lexicon field <c>roles</c>).
/// A role raises no signal by itself: it tells the age detector and the matcher how to read the words
/// around a number or a sexual term. One word may have several roles.
/// </summary>
[Flags]
internal enum WordRole : uint
{
    None = 0,

    /// <summary>Follows a number to make it an age: <c>years</c>, <c>yo</c>, <c>años</c>.</summary>
    AgeUnit = 1 << 0,

    /// <summary>Names an age next to a number: <c>age 12</c>, <c>aged 12</c>, <c>age of 12</c>, <c>12 age</c>.</summary>
    AgeMarker = 1 << 1,

    /// <summary>A verb that states or shows an age: <c>she is 12</c>, <c>turned 9</c>, <c>looks 12</c>.</summary>
    AgeVerb = 1 << 2,

    /// <summary>An age verb that needs no person before it: <c>just turned 13</c>, <c>looking 12</c>.</summary>
    StrongAgeVerb = 1 << 3,

    /// <summary>A word that may stand between an age verb and its number: <c>only</c>, <c>barely</c>, <c>like</c>.</summary>
    Filler = 1 << 4,

    /// <summary>A person: pronouns and person nouns (<c>she</c>, <c>girl</c>, <c>1girl</c>). An age next to one is that person's.</summary>
    Person = 1 << 5,

    /// <summary>A thing that is never a person (<c>whiskey</c>, <c>car</c>, <c>sword</c>): ages and "naked" attached to it are not a person's.</summary>
    Object = 1 << 6,

    /// <summary><c>birthday</c>: an ordinal before it is an age.</summary>
    Birthday = 1 << 7,

    /// <summary>Before a number, makes it a time span: <c>for 12 years</c>, <c>hace 10 años</c>.</summary>
    SpanBefore = 1 << 8,

    /// <summary>After a number and unit, makes it a time span: <c>10 years ago</c>.</summary>
    SpanAfter = 1 << 9,

    /// <summary>Negates the sexual term right after it: <c>not nude</c>, <c>no nudity</c>.</summary>
    Negator = 1 << 10,

    /// <summary><c>half</c> in <c>nine and a half</c>.</summary>
    Half = 1 << 11,

    /// <summary>School context for stages that need it (<c>year 5 pupil</c>): <c>pupil</c>, <c>class</c>.</summary>
    School = 1 << 12,

    /// <summary>A thing that "naked" or "nude" can describe without nudity: <c>naked sword</c>, <c>naked flame</c>, <c>naked cake</c>, <c>nude heels</c>.</summary>
    NakedObject = 1 << 14,

    /// <summary>Says the number before is an age, not a time span: <c>old</c> in <c>12 years old</c>, <c>alt</c>.</summary>
    Old = 1 << 15,

    /// <summary>An adult who belongs to a school stage: <c>5th grade teacher</c>, <c>year 3 mum</c> are not pupils.</summary>
    Staff = 1 << 16,

    /// <summary>A school-stage unit (<c>grade</c>, <c>Klasse</c>, <c>класс</c>); see <see cref="SchoolStage"/>.</summary>
    StageUnit = 1 << 13,

    /// <summary>Makes a year beside it a birth year: <c>born</c>, <c>b.</c>, <c>geboren</c>, <c>Jahrgang</c>, <c>рождения</c>.</summary>
    Born = 1 << 17,

    /// <summary>Makes a year after it a graduating year (<c>class of 2031</c>): the age of a pupil who leaves school then.</summary>
    Graduation = 1 << 18,

    /// <summary>
    /// A colour word, or a garment or cosmetic named by its colour, that makes a nudity adjective beside it a colour
    /// (<c>nude-colored</c>, <c>nude tights</c>, <c>rossetto nude</c>, <c>couleur nude</c>): before or after it, one phrase.
    /// </summary>
    Colour = 1 << 19,

    /// <summary>
    /// Says a number is approximate or bounded (<c>about</c>, <c>almost</c>, <c>barely</c>, <c>casi</c>, <c>fast</c>, <c>почти</c>):
    /// a hedge before a person's age keeps it that person's age (<c>girl, almost 12</c>, <c>aged roughly 11</c>).
    /// Every hedge is also a <see cref="Filler"/>.
    /// </summary>
    Hedge = 1 << 20,

    /// <summary>
    /// A verb or preposition that makes a school stage after it the stage someone attends (<c>goes to fourth grade</c>,
    /// <c>geht in die 3. Klasse</c>, <c>chodzi do szóstej klasy</c>, <c>zit in groep 8</c>): the person is implied, so the
    /// stage needs no other context.
    /// </summary>
    StageVerb = 1 << 21,

    /// <summary>
    /// A word that describes a person's looks (<c>pigtails</c>, <c>freckles</c>, <c>braces</c>, <c>Zöpfe</c>, <c>trenzas</c>):
    /// a bare age heading the tag before it is the depicted person's age (<c>ten and a half, pigtails, freckles</c>).
    /// </summary>
    Trait = 1 << 22,

    /// <summary>Candles (<c>candles</c>, <c>Kerzen</c>, <c>velitas</c>): a number of them on a birthday cake is an age.</summary>
    Candle = 1 << 23,

    /// <summary>A birthday-cake word (<c>cake</c>, <c>Torte</c>, <c>blowing out</c>): says the candles beside it are a birthday's.</summary>
    Party = 1 << 24,

    /// <summary>
    /// A word that bounds or hedges an age said alone (<c>no older than ten</c>, <c>not a day over nine</c>, <c>eleven at most</c>,
    /// <c>eight going on nine</c>): with it a bare number in its own tag reads as someone's age.
    /// </summary>
    AgeBound = 1 << 25,

    /// <summary>
    /// A word of when (<c>tomorrow</c>, <c>today</c>, <c>Saturday</c>, <c>week</c>, <c>morgen</c>, <c>demain</c>): it may follow
    /// or precede the number of an age verb (<c>turning eight tomorrow</c>, <c>turns eleven on Saturday</c>, <c>wird morgen
    /// neun</c>), as the time of a birthday, without making the number something else's.
    /// </summary>
    AgeTime = 1 << 26,

    /// <summary>
    /// A word of a place of a small child's day (<c>kindergarten</c>, <c>anaokulu</c>, <c>kleuterschool</c>, <c>садочка</c>):
    /// a youth term holding it with a staff word beside it in its phrase is the adult's workplace (<c>anaokulu öğretmeni</c>,
    /// <c>juf van de kleuterschool</c>), only a child hint (AttendedPlaces, session 15).
    /// </summary>
    ChildPlace = 1 << 27,

    /// <summary>
    /// A verb or adverb of a lasting state right before a number of years (<c>married 15 years</c>, <c>nikah 15 tahun</c>,
    /// <c>lleva 12 años</c>, <c>12 лет работает</c> after the unit): the years are the state's span, not an age. Unlike
    /// <see cref="SpanBefore"/> it must stand right beside the number (<c>married a 15 year girl</c> is an age), session 22.
    /// </summary>
    SpanVerb = 1 << 28,

    /// <summary>
    /// A youth word that also names an animal's young (<c>cría</c>, <c>louveteau</c>, <c>lobinho</c>, <c>vlče</c>, <c>شبل</c>):
    /// with an <see cref="Animal"/> word in its tag it is the animal's (<c>cría de jirafa</c>, <c>une louve et ses
    /// louveteaux</c>), only a child hint (AttendedPlaces, session 22, i16-children24).
    /// </summary>
    YoungAnimal = 1 << 29,

    /// <summary>An animal word (<c>jirafa</c>, <c>louve</c>, <c>filhote</c>, <c>vlčice</c>, <c>أسد</c>): see <see cref="YoungAnimal"/>.</summary>
    Animal = 1u << 30,

    /// <summary>
    /// A youth word that may name a child or an adult: a relation (<c>grandson</c>, <c>nièce</c>, <c>حفيد</c>, <c>孙子</c>) or a
    /// colloquial word (<c>piba</c>, <c>chaval</c>): with an adult age of its own (<c>my grandson, 30</c>, <c>piba de 28 años</c>)
    /// it names that adult (AdultRelatives, session 23, i16-children25).
    /// </summary>
    EitherAge = 1u << 31,
}
