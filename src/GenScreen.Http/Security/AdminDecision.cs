using GenScreen.Http.Problems;

namespace GenScreen.Http.Security;

/// <summary>Whether a request may use an admin route; when not, the problem to answer with (401 or 403).</summary>
public sealed record AdminDecision(bool IsGranted, Problem? Problem)
{
    public static AdminDecision Granted { get; } = new(true, null);

    /// <summary>No (usable) admin credential was presented: 401.</summary>
    public static AdminDecision Unauthenticated(string detail) =>
        new(false, new Problem(401, ProblemTypes.Unauthorized, "Admin authentication required.", detail));

    /// <summary>A credential was presented but does not make the caller an admin: 403.</summary>
    public static AdminDecision Forbidden(string detail) =>
        new(false, new Problem(403, ProblemTypes.Forbidden, "Not an admin.", detail));
}
