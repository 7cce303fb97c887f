using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using GenScreen.Core.HashBanks;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Storage.HashBanks;

/// <summary>
/// Snapshot blobs (private container <c>HashBanks:SnapshotContainer</c>): one block blob per imported bank version,
/// named <c>{bank}/v{version}-{random}.pdqsnap</c> (format: <see cref="HashBankSnapshotFormat"/>). A blob is only
/// in use once the bank's row names it (<see cref="HashBankStore.CommitImportAsync"/>); a blob whose version is at
/// or below the bank's current version and that the row does not name can never be committed (its import read an
/// older row, whose ETag is gone), so it is deleted at the next commit: orphans of crashed or losing imports.
/// </summary>
internal sealed class HashBankSnapshots
{
    private const string Extension = ".pdqsnap";
    private const int BlockSize = 8 * 1024 * 1024;

    private readonly BlobContainerClient _container;
    private readonly CreateOnce _created;

    public HashBankSnapshots(BlobServiceClient service, string container)
    {
        ArgumentNullException.ThrowIfNull(service);
        _container = service.GetBlobContainerClient(container);
        _created = new CreateOnce(_container);
    }

    public static string NewName(string bank, long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{bank}/v{version:D12}-{Guid.NewGuid():N}{Extension}");

    /// <summary>The bank version a snapshot blob was written to become, from its name; null for a name not ours.</summary>
    public static long? VersionOf(string bank, string name)
    {
        var prefix = bank + "/v";
        return name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal)
            && long.TryParse(name.AsSpan(prefix.Length, 12), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>Writes a snapshot blob (blocks staged in parallel, one commit of the block list: the blob appears whole or not at all).</summary>
    public async Task WriteAsync(string name, IReadOnlyList<HashBankEntry> entries, CancellationToken cancellationToken)
    {
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var blob = _container.GetBlockBlobClient(name);
        var options = new BlockBlobOpenWriteOptions
        {
            BufferSize = BlockSize,
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream" },
            // Never replace a blob: names are unique, and a committed snapshot must not change under its readers.
            OpenConditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        var stream = await blob.OpenWriteAsync(overwrite: true, options, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            HashBankSnapshotFormat.Write(stream, entries);
        }
    }

    /// <summary>Reads a snapshot in one sequential download.</summary>
    public async Task<HashBankEntry[]> ReadAsync(string name, CancellationToken cancellationToken)
    {
        var download = await _container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        using var content = download.Value;
        await using var buffered = new BufferedStream(content.Content, 1024 * 1024);
        // The body is read synchronously by the parser; off the caller's thread so a host's refresh never blocks a request thread.
        return await Task.Run(() => HashBankSnapshotFormat.Read(buffered), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the bank's snapshot blobs that can no longer be committed (see the class summary); returns how many.</summary>
    public async Task<int> DeleteStaleAsync(string bank, long currentVersion, string? keep, CancellationToken cancellationToken)
    {
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, bank + "/", cancellationToken).ConfigureAwait(false))
        {
            if (item.Name != keep && VersionOf(bank, item.Name) is { } v && v <= currentVersion)
            {
                var response = await _container.DeleteBlobIfExistsAsync(item.Name, cancellationToken: cancellationToken).ConfigureAwait(false);
                deleted += response.Value ? 1 : 0;
            }
        }

        return deleted;
    }

    /// <summary>Deletes one snapshot blob (an import that lost its commit removes its own).</summary>
    public async Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        await _container.DeleteBlobIfExistsAsync(name, cancellationToken: cancellationToken).ConfigureAwait(false);

    /// <summary>The bank's snapshot blob names (for tests and operators).</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(string bank, CancellationToken cancellationToken)
    {
        await _created.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, bank + "/", cancellationToken).ConfigureAwait(false))
        {
            names.Add(item.Name);
        }

        return names;
    }
}
