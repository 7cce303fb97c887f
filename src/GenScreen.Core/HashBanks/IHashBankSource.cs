namespace GenScreen.Core.HashBanks;

/// <summary>
/// Where screening reads the banks from: the current in-memory snapshot (loaded at start, refreshed in the
/// background by the storage side) and the matching settings.
/// </summary>
public interface IHashBankSource
{
    HashBankSet Current { get; }

    HashBankOptions Options { get; }
}

/// <summary>A fixed set of banks (tests, the offline CLI): nothing to refresh.</summary>
public sealed class StaticHashBankSource(HashBankSet banks, HashBankOptions? options = null) : IHashBankSource
{
    public HashBankSet Current { get; } = banks;

    public HashBankOptions Options { get; } = options ?? new HashBankOptions();
}
