using System.Runtime.InteropServices;

namespace GenScreen.Core.HashBanks;

/// <summary>
/// Asks Linux to back a large pinned array with 2 MiB pages (transparent huge pages, <c>madvise</c> mode). A match
/// reads a few thousand hashes at random over hundreds of megabytes: with 4 KiB pages nearly every read also misses
/// the TLB, and under a hypervisor a page walk costs as much as the read itself. Only advice: elsewhere, or when the
/// kernel says no, nothing changes.
/// </summary>
internal static partial class HugePages
{
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE
    private const long HugePage = 2 << 20;

    public static void Advise(IntPtr address, long bytes)
    {
        if (!OperatingSystem.IsLinux() || bytes < 2 * HugePage)
        {
            return;
        }

        // Only whole 2 MiB pages inside the array: the advice must not reach memory the array does not own.
        var start = (address + (nint)(HugePage - 1)) & ~(nint)(HugePage - 1);
        var end = (address + (nint)bytes) & ~(nint)(HugePage - 1);
        if (end > start)
        {
            _ = Madvise(start, (nuint)(end - start), MadviseHugePage);
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Madvise(IntPtr address, nuint length, int advice);
}
