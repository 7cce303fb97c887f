namespace GenScreen.Core.HashBanks;

/// <summary>What a match in a bank does.</summary>
public enum HashBankKind
{
    /// <summary>Known violating pictures: a match blocks with the bank's category, whatever the classifier says.</summary>
    Block,

    /// <summary>Known false positives: a match softens a classifier-only decision (docs/hashing.md), never a mission rule.</summary>
    Allow,
}
