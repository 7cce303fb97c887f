using BenchmarkDotNet.Running;
using GenScreen.Benchmarks;

if (args is ["startup-profile"])
{
    StartupProfile.Run(Console.Out); // a diagnostic, not a benchmark: one cold process (docs/performance.md)
    return;
}

if (args is ["first-verdict-cpu"])
{
    FirstVerdictCpu.Run(Console.Out); // CreateScreener and one verdict by thread CPU, cold (docs/performance.md, session 25)
    return;
}

if (args is ["prompt-stages", ..])
{
    PromptStageProfile.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40); // each stage of the benign prompt, alternated (docs/performance.md)
    return;
}

if (args is ["trigger-dump"])
{
    TriggerScanDump.Run(Console.Out);
    return;
}

if (args is ["prompt-cpu", ..])
{
    PromptCpuProfile.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40); // the same stages by thread CPU time, for a loaded machine (docs/performance.md)
    return;
}

if (args is ["flagged-cpu", var flaggedFile, ..])
{
    // The flagged line's stages by thread CPU over an input file's prompts (docs/performance.md, session 37)
    FlaggedPromptCpu.Run(Console.Out, flaggedFile, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 9,
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2_000, args.Length > 4 ? args[4] : "all");
    return;
}

if (args is ["stage-cpu", ..])
{
    IsolatedStageCpu.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15); // the ages and people stages alone, by thread CPU (docs/performance.md, session 30)
    return;
}

if (args is ["prompt-tokens", ..])
{
    PromptTokenDump.Run(Console.Out, args.Length > 1 ? args[1] : null); // each token of a prompt after screening (docs/performance.md)
    return;
}

if (args is ["prompt-loop", ..])
{
    PromptStageProfile.Loop(Console.Out, args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20); // the benign prompt in a loop, for perf
    return;
}

if (args is ["face-detector-sizes"])
{
    FaceDetectorSizeEvaluation.Run(Console.Out); // faces found and apparent ages at each tiny-detector input size (docs/performance.md)
    return;
}

if (args is ["face-int8"])
{
    FaceInt8Evaluation.Run(Console.Out); // each face net in int8 against float32 on the evaluation photos (docs/performance.md)
    return;
}

if (args is ["inception-int8", ..])
{
    // The second stage in int8 against the shipped file: parity on the real images, then speed alternated (docs/performance.md).
    InceptionInt8Evaluation.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 127);
    return;
}

if (args is ["two-stage-cost", ..])
{
    // The average cost per image of a mix with one stage, the float and the int8 second stage, rotated round by round (docs/performance.md).
    TwoStageCost.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 12, args.Length > 2 ? args[2] : "benign-set");
    return;
}

if (args is ["second-stage-where", ..])
{
    // The realistic mixes of a strict and a mature service, the second stage where it decides (docs/performance.md, session 17).
    SecondStageWhereCost.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 12);
    return;
}

if (args is ["recognition-int8", ..])
{
    // The recognition net in int8 against the shipped file: descriptor parity on real faces, then speed alternated (docs/performance.md).
    RecognitionInt8Evaluation.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 127);
    return;
}

if (args is ["face-net-pairs", ..])
{
    FaceNetPairs.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40); // each face net as shipped against a variant, alternated (docs/performance.md)
    return;
}

if (args is ["face-group-pairs", ..])
{
    FaceNetPairs.RunGroups(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40); // the face stage with one batch against two face groups, alternated (docs/performance.md)
    return;
}

if (args is ["face-stage-times", ..])
{
    FaceStageTimes.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40); // each face stage and variant round-robin with the NSFW anchor (docs/performance.md)
    return;
}

if (args is ["face-cpu-stages", "profile", ..])
{
    FaceCpuStages.Profile(Console.Out, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 100); // the three face nets, one thread, with ONNX Runtime's profiler (docs/performance.md)
    return;
}

if (args is ["face-timeline", ..])
{
    // face-timeline [rounds] [threads] [groups]: each stage's start, end, wall and CPU inside one Analyze (docs/performance.md, session 17)
    int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    var timelineOptions = new GenScreen.Images.Faces.FaceAnalyzerOptions { Detector = GenScreen.Images.Faces.FaceDetectorKind.Tiny };
    timelineOptions.IntraOpNumThreads = Arg(2, timelineOptions.IntraOpNumThreads);
    timelineOptions.FaceNetGroups = Arg(3, timelineOptions.FaceNetGroups);
    FaceTimeline.Run(Console.Out, Arg(1, 100), timelineOptions, $"IntraOpNumThreads {timelineOptions.IntraOpNumThreads}, FaceNetGroups {timelineOptions.FaceNetGroups}");
    return;
}

if (args is ["face-cpu-stages", ..])
{
    FaceCpuStages.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40); // each face stage's thread CPU, the whole's process CPU and wall (docs/performance.md)
    return;
}

if (args is ["image-cpu-stages", ..])
{
    ImageCpuStages.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10); // CPU per image, stage by stage, on the image load test's payloads (docs/performance.md)
    return;
}

if (args is ["face-ort-profile", ..])
{
    FaceOrtProfile.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200); // ONNX Runtime's per-node trace of the face nets
    return;
}

if (args is ["prompt-gc", ..])
{
    PromptGcEffect.Run(Console.Out, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 12); // calls before and after a forced full GC (docs/performance.md, "Session 17")
    return;
}

if (args is ["bdn-cpu", ..])
{
    BenchmarkDotNetCpuRun.Run(args[1..]); // BenchmarkDotNet's own harness timed by thread CPU (docs/performance.md, "Session 17")
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
