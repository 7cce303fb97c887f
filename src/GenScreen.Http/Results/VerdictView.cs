namespace GenScreen.Http.Results;

/// <summary>How much of a stored verdict a response shows.</summary>
public enum VerdictView
{
    /// <summary>The screening answer (<c>POST /api/screen/prompt</c>, bulk lines): id, decision, categories, reasons, requestId.</summary>
    Screening,

    /// <summary>
    /// <c>GET /api/verdicts/{id}</c> for any caller: the answer plus when, how long a prompt and which model;
    /// nothing that identifies the prompt or its author (no text, no hash, no userId).
    /// </summary>
    Summary,

    /// <summary>The admin route: everything stored, including retained prompt text, its hash and the userId.</summary>
    FullRecord,
}
