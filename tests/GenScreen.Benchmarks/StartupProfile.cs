using System.Diagnostics;
using System.Reflection;
using GenScreen.Core.Configuration;
using GenScreen.Core.Policies;
using GenScreen.Core.Prompts;
using GenScreen.Core.Prompts.Lexicons;

namespace GenScreen.Benchmarks;

/// <summary>
/// Where start-up to the first verdict goes, and where the lexicons' retained bytes go, printed by
/// <c>dotnet GenScreen.Benchmarks.dll startup-profile</c> (one cold process; docs/performance.md). A diagnostic,
/// not a benchmark: one run is one sample, so quote the load average and compare with an anchor run beside it.
/// </summary>
internal static class StartupProfile
{
    public static void Run(TextWriter output)
    {
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        output.WriteLine($"{"runtime start to Main",-72} {sinceStart.TotalMilliseconds,8:F0} ms wall");

        var jitBeforeMain = System.Runtime.JitInfo.GetCompilationTime();
        var stages = new LexiconBuildStages();
        // As ScreeningSetup.CreateScreener: the built-in policies are read on another core while the lexicons are built.
        var policies = Task.Run(PolicyCatalog.LoadBuiltIn);
        var sources = ScreeningSetup.Sources(new ScreeningOptions()).ToList();
        stages.Mark("read the embedded lexicon files");
        var lexicons = LexiconSet.Build(sources, parallel: true, stages: stages);
        var screener = new PromptScreener(lexicons, policies.GetAwaiter().GetResult(), new ScreeningOptions().DefaultPolicy);
        stages.Mark("policies (read on another core meanwhile), screener");
        _ = screener.Screen("a cat in a hat", null, "mature");
        stages.Mark("first verdict (JIT of the screening path)");
        _ = screener.Screen("a dog on a sofa, watercolor", null, "mature");
        stages.Mark("second verdict");
        var tablesAfterVerdicts = LoadedRuleTables();
        var totalWall = DateTime.Now - Process.GetCurrentProcess().StartTime;
        var totalCpu = Process.GetCurrentProcess().TotalProcessorTime;

        // The main thread's own CPU: the path to the first verdict when the other core takes the rest (session 18: the
        // typo index and the unspaced-script tables are built there); on a quiet machine its wall time is about this.
        var mainThreadCpu = TimeSpan.FromTicks(CpuClock.ThreadNanoseconds() / 100);
        lexicons.BuildDeferredIndexes();
        stages.Mark("after the verdicts: other-script indexes (built on first use)");
        foreach (var (stage, wall, cpu, allocated, full, jit, jitMethods) in stages.Stages)
        {
            output.WriteLine($"{stage,-72} {wall.TotalMilliseconds,8:F0} ms wall {cpu.TotalMilliseconds,8:F0} ms process CPU {allocated / 1048576.0,6:F1} MiB allocated {full} gen2 {jit.TotalMilliseconds,6:F0} ms JIT ({jitMethods:N0} methods)");
        }

        output.WriteLine($"{"JIT before Main and in all (all threads)",-72} {jitBeforeMain.TotalMilliseconds,8:F0} ms, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods)");
        output.WriteLine($"rule tables loaded by the two verdicts: {string.Join(", ", tablesAfterVerdicts)}");

        output.WriteLine($"{"total to the second verdict",-72} {totalWall.TotalMilliseconds,8:F0} ms wall {totalCpu.TotalMilliseconds,8:F0} ms process CPU");
        output.WriteLine($"{"main thread's CPU to the second verdict (runtime start included)",-72} {mainThreadCpu.TotalMilliseconds,8:F0} ms");
        output.WriteLine($"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MiB allocated");
        output.WriteLine();
        RetainedBytes(lexicons, output);
    }

    /// <summary>
    /// Retained bytes per structure, by walking the object graph (each object counted once, under the first
    /// structure that reaches it), beside the GC's own figure for the whole set.
    /// </summary>
    private static void RetainedBytes(LexiconSet lexicons, TextWriter output)
    {
        var walker = new HeapWalker();
        var prompt = Member(lexicons, "Prompt");
        var people = Member(lexicons, "People");
        (string Name, object Root)[] parts =
        [
            ("term index: words and phrases (keys, entries, as-written terms)", Member(prompt, "_terms")),
            ("term index: known words", Member(prompt, "_words")),
            ("term index: unspaced scripts and emoji", Member(prompt, "_cjkByFirstTwoChars")),
            ("term index: the rest (squeezed, joins, inflection)", prompt),
            ("people: common words", Member(people, "_commonWords")),
            ("people: typo index", Member(people, "FuzzyNames")),
            ("people: names in other scripts", Member(people, "ScriptNames")),
            ("people: kanji, Han and Hangul names", Member(people, "CjkNames")),
            ("people: the rest (given-name keys, tags, steering)", people),
            ("the rest (negative index, age grammar)", lexicons),
        ];
        foreach (var (name, root) in parts)
        {
            var (bytes, strings, count) = walker.Walk(root);
            output.WriteLine($"{name,-72} {bytes / 1048576.0,8:F2} MiB ({strings / 1048576.0:F2} MiB in {count:N0} strings)");
        }

        output.WriteLine($"{"walked in all",-72} {walker.Total / 1048576.0,8:F2} MiB; {walker.DuplicateStringBytes / 1048576.0:F2} MiB in strings whose text another string already holds");
        output.WriteLine("largest types walked (arrays by their type):");
        foreach (var (type, (bytes, count)) in walker.ByType.OrderByDescending(t => t.Value.Bytes).Take(25))
        {
            output.WriteLine($"  {TypeName(type),-70} {bytes / 1048576.0,8:F2} MiB in {count:N0}");
        }

        GC.KeepAlive(lexicons);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        // The second build's stages too (session 27, i16-speed31): its code is compiled by then, so a stage's CPU here is the
        // build's own work and the first build's excess over it is mostly the JIT's (what a term-index image loaded at start-up
        // could save, at most, is read from these two columns).
        var warm = new LexiconBuildStages();
        var again = LexiconSet.Build(ScreeningSetup.Sources(new ScreeningOptions()), parallel: true, stages: warm);
        again.BuildDeferredIndexes();
        warm.Mark("other-script indexes (built on first use)");
        var after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{"GC: retained by a second build (LexiconMemoryTests' measure)",-72} {(after - before) / 1048576.0,8:F2} MiB");
        GC.KeepAlive(again);
        foreach (var (stage, wall, cpu, allocated, full, jit, jitMethods) in warm.Stages)
        {
            output.WriteLine($"{"second build: " + stage,-72} {wall.TotalMilliseconds,8:F0} ms wall {cpu.TotalMilliseconds,8:F0} ms process CPU {allocated / 1048576.0,6:F1} MiB allocated {full} gen2 {jit.TotalMilliseconds,6:F0} ms JIT ({jitMethods:N0} methods)");
        }
    }

    /// <summary>The static <see cref="Lazy{T}"/> tables of the screening rules that have been built (read on first use).</summary>
    private static List<string> LoadedRuleTables()
    {
        var loaded = new List<string>();
        foreach (var type in typeof(PromptScreener).Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            {
                if (field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(Lazy<>) && !type.ContainsGenericParameters
                    && field.GetValue(null) is { } lazy && (bool)field.FieldType.GetProperty("IsValueCreated")!.GetValue(lazy)!)
                {
                    loaded.Add($"{type.Name}.{field.Name}");
                }
            }
        }

        return loaded;
    }

    private static string TypeName(Type type) => type.IsGenericType
        ? $"{(type.Name.Contains('`') ? type.Name[..type.Name.IndexOf('`')] : type.Name)}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.IsArray ? $"{TypeName(type.GetElementType()!)}[]" : type.Name;

    private static object Member(object owner, string name)
    {
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        var type = owner.GetType();
        return type.GetField(name, Flags)?.GetValue(owner) ?? type.GetProperty(name, Flags)?.GetValue(owner)
            ?? throw new InvalidOperationException($"{type.Name} has no member {name}: update the start-up profile.");
    }
}
