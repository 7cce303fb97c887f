using System.Runtime.InteropServices;

namespace GenScreen.Images.Nsfw;

/// <summary>
/// Whether ONNX Runtime's int8 kernels give this CPU the results the int8 model was validated with. On x64 they do
/// with VNNI (AVX-512 VNNI or AVX-VNNI: products summed straight into 32 bits). Without it (AVX2 or AVX-512 alone, e.g.
/// AMD Zen 1–3) the kernels take another path whose results differ: on an AVX2-only EPYC the int8 first stage moved
/// two benign photographs from review to allow under <c>strict</c> (max |Δp| 0.43 against float32; 7-bit weights, tried,
/// still moved two), so int8 is refused there unless the operator says otherwise (docs/images.md, "Int8 first stage").
/// Arm64 counts as exact with the dot-product extension (SDOT/UDOT accumulate in 32 bits), which is unmeasured here.
/// </summary>
public sealed record Int8KernelSupport(bool Exact, string Cpu)
{
    private static readonly Lazy<Int8KernelSupport> Current = new(() => Detect(RuntimeInformation.ProcessArchitecture, CpuFlags()));

    /// <summary>This process's CPU.</summary>
    public static Int8KernelSupport ThisCpu => Current.Value;

    /// <summary>The decision for an architecture and its CPU feature flags (as /proc/cpuinfo names them).</summary>
    public static Int8KernelSupport Detect(Architecture architecture, IReadOnlySet<string> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return architecture switch
        {
            Architecture.X64 when flags.Contains("avx512_vnni") => new(true, "x64 with AVX-512 VNNI"),
            Architecture.X64 when flags.Contains("avx_vnni") => new(true, "x64 with AVX-VNNI"),
            Architecture.X64 => new(false, "x64 without VNNI"),
            Architecture.Arm64 when flags.Contains("asimddp") => new(true, "Arm64 with the dot-product extension"),
            _ => new(false, $"{architecture} without a validated int8 path"),
        };
    }

    /// <summary>
    /// Feature flags: /proc/cpuinfo's where there is one (Linux: every flag, AVX-512 VNNI included), else what .NET
    /// reports (AVX-VNNI and Arm's dot product; .NET names no AVX-512 VNNI check).
    /// </summary>
    private static HashSet<string> CpuFlags()
    {
        var flags = new HashSet<string>(StringComparer.Ordinal);
        const string CpuInfo = "/proc/cpuinfo";
        if (File.Exists(CpuInfo))
        {
            foreach (var line in File.ReadLines(CpuInfo))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var key = colon > 0 ? line.AsSpan(0, colon).Trim() : default;
                if (key is "flags" or "Features")
                {
                    flags.UnionWith(line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                }
            }
        }

        if (System.Runtime.Intrinsics.X86.AvxVnni.IsSupported)
        {
            flags.Add("avx_vnni");
        }

        if (System.Runtime.Intrinsics.Arm.Dp.IsSupported)
        {
            flags.Add("asimddp");
        }

        return flags;
    }
}
