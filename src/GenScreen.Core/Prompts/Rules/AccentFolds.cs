using System.Globalization;
using System.Text;
using GenScreen.Core.Prompts.Lexicons;
using GenScreen.Core.Prompts.Normalization;

namespace GenScreen.Core.Prompts.Rules;

/// <summary>
/// A sexual or violent term reached only by folding accents: the prompt wrote another word. Matching folds diacritics so
/// that <c>nackt</c>, <c>khoả thân</c> and an unaccented <c>nina</c> are found however they are typed, but that also makes
/// German <c>Göre</c> (a brat) and Turkish <c>göre</c> (according to) the English <c>gore</c>, Vietnamese <c>thông</c>
/// (pine) the English <c>thong</c>, Vietnamese <c>buổi</c> (morning) the vulgar <c>buồi</c>, Spanish <c>pica</c> the Czech
/// <c>píča</c>. The written marks decide:
/// <list type="bullet">
/// <item>Both carry diacritics and the marks differ (<c>buổi</c>/<c>buồi</c>): another word, never the term (placement
/// alone is no difference: <c>khoả</c>/<c>khỏa</c> carry the same marks).</item>
/// <item>The prompt word carries a diacritic the term lacks (<c>Göre</c>/<c>gore</c>, <c>thông</c>/<c>thong</c>): the
/// term counts only with evidence of its own language elsewhere in the prompt (<see cref="LanguageEvidence"/>), so a
/// German or Turkish prompt keeps its word and "nüde woman" in English is still nudity.</item>
/// <item>The term carries diacritics the prompt word lacks (<c>pica</c>/<c>píča</c>) while the prompt writes diacritics
/// elsewhere: the writer types accents, so the bare word is another one; it counts only with evidence of the term's
/// language. A prompt with no diacritics at all (typed on a plain keyboard: <c>khoa than</c>) matches unless the prompt
/// shows another language and not the term's (<see cref="Reading.YieldsToOtherLanguage"/>): Portuguese <c>pede</c>
/// ("asks") is no French <c>pédé</c> in "um menino pede ao pai", Indonesian <c>kata</c> ("word") no Swedish <c>kåta</c>,
/// Tagalog <c>kulot</c> ("curly") no Turkish <c>külot</c>.</item>
/// </list>
/// Only sexual, violent, sexual-violence and hateful terms are read so (adult markers only by the Vietnamese letters, session 34: đám, a group, is no Swedish <c>dam</c>) (session 32: French <c>râpé</c>, grated or threadbare,
/// and Spanish and Portuguese <c>rapé</c>, snuff, had reached the English <c>rape</c>, whose signal the list had left out) (a false alarm is the cost; Czech <c>nazí</c> is "naked", no
/// <c>nazi</c>); youth and person terms match folded as before, since missing them costs more. Only Latin letters count as accented: a Cyrillic homoglyph (<c>ѕех</c>) is a
/// disguise, not another language's word.
/// </summary>
internal static class AccentFolds
{
    public enum Reading
    {
        /// <summary>The prompt wrote the term (or the marks do not decide): match as usual.</summary>
        Same,

        /// <summary>The prompt wrote a different accented word: no match.</summary>
        OtherWord,

        /// <summary>The term counts only where its language shows in the prompt.</summary>
        NeedsLanguage,

        /// <summary>
        /// A bare word for an accented term in a prompt typed without accents: the term counts where its language shows,
        /// or where no other language does (a plain keyboard's <c>khoa than</c>); a prompt in another language wrote its own word.
        /// </summary>
        YieldsToOtherLanguage,
    }

    /// <summary>How the prompt's text [<paramref name="start"/>, <paramref name="end"/>) stands to <paramref name="entry"/>'s written term.</summary>
    public static Reading Read(string source, int start, int end, LexiconEntry entry)
    {
        if (start < 0 || end > source.Length || start >= end)
        {
            return Reading.Same;
        }

        // Session 34 (i16-play42): an adult marker reached only by folding a Vietnamese word is that word (đám, a group or a
        // crowd, is no Swedish dam, a lady): read, it kept "chơi bắn bi với đám bạn" (shooting marbles with a bunch of
        // friends) adult. Only the Vietnamese letters decide for adult terms; the other readings stay the sexual terms'.
        if (entry.Signal == Signal.Adult)
        {
            return IsVietnameseWord(source, start, end, entry.Term) ? Reading.OtherWord : Reading.Same;
        }

        // Session 37 (i16-precision45): a listed name written with its Vietnamese accents (Lê Nam) reached from a word with
        // letters only Vietnamese writes that the name lacks, in a Vietnamese prompt, is that other word: "nô lệ nam" (a male
        // slave) blocked BDSM prompts between adults as the listed Lê Nam (batches 43v, 44). Only Vietnamese letters decide, and
        // only for a name the list wrote with accents: lists often drop part of a name's marks (a Turkish Anlı listed as Anli
        // must still match), and a name listed bare (Ngoc Trinh) keeps matching however the prompt writes it.
        if (entry.Signal == Signal.RealPerson)
        {
            return KindOf(entry.Term) == Kind.Accented && IsVietnameseWord(source, start, end, entry.Term) ? Reading.OtherWord : Reading.Same;
        }

        if (entry.Signal is not (Signal.Sexual or Signal.Violence or Signal.Hate or Signal.SexualViolence))
        {
            return Reading.Same;
        }

        var written = source.AsSpan(start, end - start);
        var term = entry.Term.AsSpan();

        // Persian نیک ("good", پندار نیک) is Arabic نيك only once its Persian yeh and keheh are folded: an Arabic term reached
        // from one of the Persian words that fold onto it, written with the Persian letters, is that word (session 23). Only
        // those words: the Persian lexicons' own terms (سکس) fold onto Arabic ones too, and stay sexual.
        if (written.ContainsAny(PersianLetters) && term.ContainsAny(ArabicLetters) && IsArabicLexicon(entry.Source) && IsPersianFalseFriend(written))
        {
            return Reading.OtherWord;
        }
        // Letters only Vietnamese writes (a horn, đ, a dot below, a hook above, a tone over a circumflex or breve: ố, ư, ạ)
        // in the word and in another word of the prompt: the prompt is Vietnamese and wrote its own word (công viên Thống
        // Nhất, the park, is no English thong; con cóc, a toad; xa tít, far off; session 26). A term that carries such
        // letters itself is read by its marks below; a lone such letter in an English prompt (a disguise) is no evidence.
        if (IsVietnameseWord(source, start, end, entry.Term))
        {
            return Reading.OtherWord;
        }

        // Turkish writes dotless ı and dotted i as two letters: a Turkish term written with i, reached from a word that has ı,
        // is another word (sıkıyor, squeezes, is no sikiyor; sık orman, a dense forest; session 26). The Turkish lexicons
        // write their terms with ı where the word has it (amcık), so those still match as written.
        if (written.Contains('\u0131') && !term.Contains('\u0131') && IsTurkishLexicon(entry.Source))
        {
            return Reading.OtherWord;
        }

        // Arabic's intensive pattern of trades, a doubled middle letter and a long a (فعّال: بزّاز, a cloth merchant; نجّار,
        // حدّاد), written with its shadda, is that noun, not a term the letters spell without it (بزاز, breasts; session 26).
        if (IsTradePattern(written) && !term.Contains('\u0651'))
        {
            return Reading.OtherWord;
        }

        var writtenKind = KindOf(written);
        var termKind = KindOf(term);
        if (writtenKind == Kind.Other || termKind == Kind.Other || (writtenKind == Kind.Plain && termKind == Kind.Plain))
        {
            return Reading.Same;
        }

        if (writtenKind == Kind.Accented && termKind == Kind.Accented)
        {
            return Marks(written) == Marks(term) ? Reading.Same : Reading.OtherWord;
        }

        if (writtenKind == Kind.Accented)
        {
            return Reading.NeedsLanguage; // Göre, thông: a diacritic the term does not have
        }

        // píča reached by a bare "pica": a writer who types accents elsewhere meant another word; one who types none may
        // have dropped them, unless the prompt is written in another language (LanguageEvidence decides once all is read).
        return KindOf(source.AsSpan(0, start)) == Kind.Accented || KindOf(source.AsSpan(end)) == Kind.Accented
            ? Reading.NeedsLanguage
            : Reading.YieldsToOtherLanguage;
    }

    /// <summary>
    /// Does the prompt's word [<paramref name="start"/>, <paramref name="end"/>) write letters only Vietnamese writes that
    /// <paramref name="term"/> lacks, in a prompt with such letters in another word too (so the prompt is Vietnamese)?
    /// </summary>
    private static bool IsVietnameseWord(string source, int start, int end, string term) =>
        source.AsSpan(start, end - start).ContainsAny(VietnameseLetters) && !term.AsSpan().ContainsAny(VietnameseLetters)
        && (source.AsSpan(0, start).ContainsAny(VietnameseLetters) || source.AsSpan(end).ContainsAny(VietnameseLetters));

    /// <summary>
    /// Is <paramref name="written"/> plain ASCII letters where <paramref name="term"/> carries diacritics (German <c>decke</c>
    /// for the Czech stem <c>děck</c>)? Such a word is reached only by folding accents.
    /// </summary>
    public static bool IsBareForAccented(ReadOnlySpan<char> written, ReadOnlySpan<char> term) =>
        KindOf(written) == Kind.Plain && KindOf(term) == Kind.Accented;

    /// <summary>Does <paramref name="written"/> hold a Latin letter only Vietnamese writes (ơ, ư, đ, ạ … ỹ)?</summary>
    public static bool HasVietnameseLetter(ReadOnlySpan<char> written) => written.ContainsAny(VietnameseLetters);

    /// <summary>Latin letters only Vietnamese writes: ơ, ư, đ and the Vietnamese block of Latin Extended Additional (ạ … ỹ).</summary>
    private static readonly System.Buffers.SearchValues<char> VietnameseLetters = System.Buffers.SearchValues.Create(
        "\u01A0\u01A1\u01AF\u01B0\u0110\u0111" + string.Concat(Enumerable.Range(0x1EA0, 0x1EF9 - 0x1EA0 + 1).Select(c => (char)c)));

    /// <summary>A letter, a shadda (with no other mark between), an alef and one letter: the Arabic فعّال of a trade, at the end of the word.</summary>
    private static bool IsTradePattern(ReadOnlySpan<char> written)
    {
        var shadda = written.IndexOf('\u0651');
        return shadda >= 2 && shadda + 3 == written.Length && written[shadda + 1] == '\u0627' && written[shadda - 1] is >= '\u0621' and <= '\u064A';
    }

    /// <summary>A term of a Turkish lexicon (<c>builtin:tr</c>, <c>builtin:sexual21/tr</c>).</summary>
    private static bool IsTurkishLexicon(string source) => source.EndsWith(":tr", StringComparison.Ordinal) || source.EndsWith("/tr", StringComparison.Ordinal);

    /// <summary>A term of an Arabic lexicon (<c>builtin:ar</c>, <c>builtin:sexual17/ar</c>): Persian lexicons write some terms with the Arabic letters too.</summary>
    private static bool IsArabicLexicon(string source) => source.EndsWith(":ar", StringComparison.Ordinal) || source.EndsWith("/ar", StringComparison.Ordinal);

    /// <summary>Persian words that fold onto an Arabic sexual term: نیک (good), نیکی (goodness), نیکو (fine).</summary>
    private static bool IsPersianFalseFriend(ReadOnlySpan<char> written) =>
        written.SequenceEqual("\u0646\u06CC\u06A9") || written.SequenceEqual("\u0646\u06CC\u06A9\u06CC") || written.SequenceEqual("\u0646\u06CC\u06A9\u0648");

    /// <summary>Persian yeh and keheh, which Arabic does not write.</summary>
    private static readonly System.Buffers.SearchValues<char> PersianLetters = System.Buffers.SearchValues.Create("\u06CC\u06A9");

    /// <summary>Arabic yeh and kaf, which Persian writes as ی and ک.</summary>
    private static readonly System.Buffers.SearchValues<char> ArabicLetters = System.Buffers.SearchValues.Create("\u064A\u0643");

    private enum Kind
    {
        Plain,
        Accented,
        Other,
    }

    /// <summary>Plain ASCII letters, Latin letters with diacritics, or some other script (no reading by accents).</summary>
    private static Kind KindOf(ReadOnlySpan<char> text)
    {
        var kind = Kind.Plain;
        foreach (var c in text)
        {
            WorkCounter.Add(1);
            if (c < 0x80 || !char.IsLetter(c))
            {
                if (c >= 0x0300 && c <= 0x036F)
                {
                    kind = Kind.Accented; // a combining mark typed separately
                }

                continue;
            }

            if (IsLatin(c))
            {
                kind = Kind.Accented;
            }
            else
            {
                return Kind.Other;
            }
        }

        return kind;
    }

    private static bool IsLatin(char c) => c is (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');

    /// <summary>
    /// <see cref="MarksOf"/> per lower-case character below U+2000 (Latin, its accents and the combining marks; the scripts
    /// whose words reach this reader), filled at first use. Session 33 (i16-speed41): the marks were an ICU normalisation of
    /// the word per call, twice per accent-folded match. Two threads that fill a slot write equal strings (a reference write
    /// is atomic), so no lock is needed.
    /// </summary>
    private static readonly string?[] CharMarks = new string?[0x2000];

    /// <summary>The diacritics written, as a sorted string (order and placement free): khoả and khỏa give the same marks.</summary>
    /// <remarks>
    /// The canonical decomposition of a text is each character's own decomposition in turn, with runs of combining marks then
    /// put in canonical order: the same characters, only in another order, which the sort takes away. So the marks of the
    /// text are the sorted union of its characters' marks, each character's read from <see cref="CharMarks"/>.
    /// </remarks>
    internal static string Marks(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text.ToString(); // not reached for letters of Latin words; Normalize refuses a cut surrogate pair
        }

        Span<char> marks = stackalloc char[64];
        var count = 0;
        List<char>? more = null;
        foreach (var written in text)
        {
            if (written < 0x80)
            {
                continue; // ASCII decomposes to itself and is no mark
            }

            var c = InvariantLower.Of(written);
            var own = c < CharMarks.Length ? CharMarks[c] ??= MarksOf(c) : MarksOf(c);
            foreach (var mark in own)
            {
                if (count < marks.Length)
                {
                    marks[count++] = mark;
                }
                else
                {
                    (more ??= []).Add(mark);
                }
            }
        }

        if (more is not null)
        {
            more.AddRange(marks);
            more.Sort();
            return new string([.. more]);
        }

        marks[..count].Sort();
        return new string(marks[..count]);
    }

    /// <summary>The marks of one lower-case character's canonical decomposition, unsorted.</summary>
    private static string MarksOf(char lower)
    {
        var marks = new StringBuilder();
        foreach (var c in lower.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || (c >= 0x80 && char.IsLetter(c) && IsLatin(c)))
            {
                marks.Append(c); // a combining mark, or a letter that does not decompose (ł, ø, ß, đ, ı)
            }
        }

        return marks.ToString();
    }
}
