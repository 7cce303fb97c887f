namespace GenScreen.Storage.Review;

/// <summary>Why a review request cannot be done; each maps to one HTTP status and one CLI message.</summary>
public enum ReviewError
{
    /// <summary>No such verdict (404).</summary>
    NotFound,

    /// <summary>The verdict's state does not allow the action, e.g. releasing a confirmed violation (409).</summary>
    Conflict,

    /// <summary>The request is incomplete, e.g. no category to confirm (400).</summary>
    Invalid,
}

public sealed class ReviewException(ReviewError error, string message) : Exception(message)
{
    public ReviewError Error { get; } = error;
}
