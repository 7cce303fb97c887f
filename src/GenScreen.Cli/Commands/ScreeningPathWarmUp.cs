using System.Reflection;
using System.Runtime.CompilerServices;
using GenScreen.Core.Prompts;

namespace GenScreen.Cli.Commands;

/// <summary>
/// Compiles the screening path on the second core while the first builds the lexicons (<c>screen prompts</c>). The CLI
/// runs with tiered compilation off (GenScreen.Cli.csproj), so every method is compiled optimized on first use, on the
/// thread that first calls it: start-up spends ~30 % of its time in the JIT on one thread (wall ≈ CPU, the other core
/// idle), and `screen prompts` compiled ~600 more methods on its workers while screening the first lines. This compiles the
/// rule, normalizer and verdict methods ahead, in the order a first prompt needs them, on a background thread; the
/// thread that later calls one finds it compiled. It only compiles (no code runs, no static constructor), so what is
/// screened and written is unchanged; a method it has not reached yet is compiled by its caller as before.
/// </summary>
/// <remarks>
/// Costs CPU for the methods a run never calls (CPU the second core had free during start-up), not wall time.
/// <c>GENSCREEN_WARMUP=0</c> turns it off (to compare). Skipped on one core, where it would only compete.
/// </remarks>
internal static class ScreeningPathWarmUp
{
    /// <summary>Namespaces of GenScreen.Core in the order a first prompt reaches them; the build's own code is left to the build.</summary>
    private static readonly string[] CoreNamespaces =
    [
        "GenScreen.Core.Prompts.Rules",
        "GenScreen.Core.Prompts.Normalization",
        "GenScreen.Core.Verdicts",
    ];

    /// <summary>
    /// Members a record or property declares that callers inline or never call on the screening path: compiled on
    /// their own they would only cost the warm-up time (a run of 100,000 lines showed them among its unused methods).
    /// </summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "PrintMembers", "<Clone>$", "Deconstruct",
    };

    /// <summary>
    /// The types a first prompt calls first (screener, matcher, detectors, rules), ahead of the rest of their namespaces;
    /// by name, as they are internal to GenScreen.Core (a renamed one is only compiled later, with its namespace).
    /// </summary>
    private static readonly string[] FirstTypes =
    [
        "GenScreen.Core.Prompts.PromptScreener",
        "GenScreen.Core.Prompts.Rules.SignalSummary",
        "GenScreen.Core.Prompts.Rules.TermMatcher",
        "GenScreen.Core.Prompts.Rules.AgeDetector",
        "GenScreen.Core.Prompts.Rules.PersonDetector",
        "GenScreen.Core.Prompts.Rules.PromptRules",
    ];

    private static int s_started;

    /// <summary>Starts the background compilation once per process (a no-op on one core or when turned off).</summary>
    /// <param name="also">Types of the calling command to compile after the core ones (its line parser and writer).</param>
    public static void Start(params Type[] also)
    {
        if (Environment.ProcessorCount < 2
            || Environment.GetEnvironmentVariable("GENSCREEN_WARMUP") == "0"
            || Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return;
        }

        var thread = new Thread(() => Compile(also)) { IsBackground = true, Name = "GenScreen warm-up" };
        thread.Start();
    }

    /// <summary>Every type compiled, in order: the first types, their namespaces, then <paramref name="also"/>.</summary>
    internal static IEnumerable<Type> Order(Type[] also)
    {
        var seen = new HashSet<Type>();
        var assembly = typeof(PromptScreener).Assembly;
        var core = assembly.GetTypes();
        foreach (var name in FirstTypes)
        {
            if (assembly.GetType(name) is { } type && seen.Add(type))
            {
                yield return type;
            }
        }

        foreach (var ns in CoreNamespaces)
        {
            foreach (var type in core)
            {
                if (type.Namespace == ns && seen.Add(type))
                {
                    yield return type;
                }
            }
        }

        foreach (var type in also)
        {
            if (seen.Add(type))
            {
                yield return type;
            }
        }
    }

    /// <summary>Compiles every method of <see cref="Order"/>'s types; returns how many were handed to the runtime.</summary>
    internal static int Compile(Type[] also)
    {
        const BindingFlags all = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var prepared = 0;
        try
        {
            foreach (var type in Order(also))
            {
                if (type.ContainsGenericParameters || type.IsInterface)
                {
                    continue;
                }

                foreach (var method in type.GetMethods(all))
                {
                    prepared += Prepare(method) ? 1 : 0;
                }

                foreach (var constructor in type.GetConstructors(all))
                {
                    prepared += Prepare(constructor) ? 1 : 0;
                }
            }
        }
        catch (Exception ex) when (ex is ReflectionTypeLoadException or TypeLoadException or FileNotFoundException)
        {
            // Only a head start is lost: every method is still compiled when first called.
        }

        return prepared;
    }

    private static bool Prepare(MethodBase method)
    {
        if (method.IsAbstract || method.ContainsGenericParameters || Skipped.Contains(method.Name)
            || (method.IsSpecialName && method is MethodInfo) // property and event accessors, operators
            || (method.MethodImplementationFlags & (MethodImplAttributes.InternalCall | MethodImplAttributes.Runtime)) != 0
            || (method.Attributes & MethodAttributes.PinvokeImpl) != 0)
        {
            return false;
        }

        try
        {
            RuntimeHelpers.PrepareMethod(method.MethodHandle);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or BadImageFormatException or TypeLoadException)
        {
            // A method the runtime will not compile ahead: its caller compiles it as before.
            return false;
        }
    }
}
