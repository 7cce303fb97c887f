namespace GenScreen.Core.Prompts.Lexicons;

/// <summary>
/// One school system's stage unit (lexicon field <c>schoolStages</c>): <c>3rd grade</c>, <c>grade 3</c>,
/// <c>Year 5</c>, <c>5. Klasse</c>, <c>quinto de primaria</c>, <c>小学3年生</c>, <c>중2</c>. Stage
/// <c>n</c> is attended at about <see cref="FirstAge"/> + n - 1 (to one year more); a stage that ends
/// before 18 is an unambiguous minor, one that may end at 18 is ambiguous youth.
/// </summary>
/// <param name="Unit">Normalized unit word (Latin scripts) or the unit after the number (CJK: <c>年生</c>; empty for none).</param>
/// <param name="Prefix">CJK only: what comes before the number (<c>小学</c>, <c>中</c>, <c>초</c>); empty for none.</param>
/// <param name="Before">What may stand before the unit: <see cref="StageNumber.Ordinal"/> (<c>5th grade</c>) or any number (<c>5 класс</c>).</param>
/// <param name="After">Whether a number may follow the unit (<c>grade 5</c>, <c>Year 5</c>).</param>
/// <param name="FirstAge">Age at the start of stage 1.</param>
/// <param name="Count">Number of stages (grade 1..12).</param>
/// <param name="NeedsContext">The stage counts only next to a person or school word (<c>year 5 pupil</c>, not <c>year 5 of the war</c>).</param>
/// <param name="Fillers">Words allowed between the number and the unit (<c>quinto de primaria</c>).</param>
/// <param name="FollowedBy">CJK only: what may follow (besides the end of the run), e.g. <c>女</c>, <c>学</c>.</param>
/// <param name="Exclude">CJK only: longer words containing the prefix that are not stages (<c>年初一</c>).</param>
/// <param name="DigitsOnly">CJK only: only with digits (<c>小3</c>), because the numeral form is another word (<c>小三</c>).</param>
internal sealed record SchoolStage(
    string Unit,
    string Prefix,
    StageNumber Before,
    bool After,
    int FirstAge,
    int Count,
    bool NeedsContext,
    string[] Fillers,
    string[] FollowedBy,
    string[] Exclude,
    bool DigitsOnly = false)
{
    /// <summary>Minor level of stage <paramref name="n"/>: 4 when it ends before 18, 2 when it may reach 18, 0 when adult or out of range.</summary>
    public int LevelOf(int n)
    {
        if (n < 1 || n > Count)
        {
            return 0;
        }

        var age = FirstAge + n - 1;
        return age + 1 < 18 ? 4 : age < 18 ? 2 : 0;
    }
}

/// <summary>Which numbers may come before a stage unit.</summary>
internal enum StageNumber : byte
{
    None,
    Ordinal,
    Any,

    /// <summary>
    /// An ordinal, and the stage needs a pupil right after it or a school word in its tag (<c>6th class boy</c>, <c>second
    /// class girl at a Dublin national school</c>): Ireland's primary classes share their unit with travel classes, and a
    /// person before (<c>girl in first class</c>) is a passenger.
    /// </summary>
    OrdinalPupil,
}
