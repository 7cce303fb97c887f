using GenScreen.Core.Verdicts;

namespace GenScreen.Cli.Commands;

/// <summary>Exit codes of <c>genscreen screen</c>: scripts can branch on the decision.</summary>
internal static class ExitCodes
{
    public const int Allow = 0;
    public const int Error = 1;
    public const int Review = 10;
    public const int Block = 20;

    public static int For(Decision decision) => decision switch
    {
        Decision.Allow => Allow,
        Decision.Review => Review,
        _ => Block,
    };
}
