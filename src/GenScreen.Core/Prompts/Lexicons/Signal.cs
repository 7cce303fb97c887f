namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>What a lexicon term says about a prompt. Detectors emit signals; the rules decide.</summary>
public enum Signal : byte
{
    /// <summary>Sexual content: level 1 revealing, 2 suggestive, 4 nudity, 6 explicit.</summary>
    Sexual,

    /// <summary>A minor: level 2 ambiguous youth (teen, schoolgirl), level 4 unambiguous (child, loli).</summary>
    Minor,

    /// <summary>An adult marker (woman, adult, milf); softens an ambiguous youth signal.</summary>
    Adult,

    /// <summary>A real, identifiable person from the protected-names list.</summary>
    RealPerson,

    /// <summary>A hint that a real person is meant (deepfake, face swap, my ex).</summary>
    RealPersonHint,

    /// <summary>Violence and gore.</summary>
    Violence,

    /// <summary>Hate.</summary>
    Hate,

    /// <summary>Self-harm.</summary>
    SelfHarm,

    /// <summary>An innocent phrase containing a trigger word (minor key, breast cancer): consumes the words.</summary>
    Benign,

    /// <summary>A term that is sexual content involving minors by itself (lolicon, csam): raises both signals.</summary>
    SexualMinor,

    /// <summary>Sexual violence (rape, sexual assault): raises both sexual (6) and violence (6).</summary>
    SexualViolence,

    /// <summary>Negative prompt only: clothing negated, so nudity is intended.</summary>
    NudityIntent,

    /// <summary>Negative prompt only: nudity itself excluded (nsfw, nude), so negated clothing is not nudity intent.</summary>
    NudityExcluded,

    /// <summary>Negative prompt only: adulthood negated, so youth is intended.</summary>
    MinorIntent,

    /// <summary>
    /// Undressing someone (undress, nudify, remove her clothes, x-ray clothes): nudity in every mode, and with an
    /// uploaded image (img2img, inpaint) a non-consensual intimate image request.
    /// </summary>
    Undress,

    /// <summary>A full personal name that is not a protected name (a given name and a surname-shaped word).</summary>
    RealPersonLikely,

    /// <summary>
    /// A routine, object or place of a child's day that adults also have around them (a bedtime story, recess, the school
    /// run, pocket money, a sippy cup): no youth signal alone; two or more distinct hints, or one beside an ambiguous youth
    /// word, weigh as youth (SignalSummary.WeighChildHints).
    /// </summary>
    ChildHint,
}
