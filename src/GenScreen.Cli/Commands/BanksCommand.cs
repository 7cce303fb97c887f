using System.CommandLine;
using System.Globalization;
using Azure;
using Azure.Data.Tables;
using GenScreen.Core.HashBanks;
using GenScreen.Core.Verdicts;
using GenScreen.Images.Decoding;
using GenScreen.Images.Hashing;
using GenScreen.Storage.Connections;
using GenScreen.Storage.HashBanks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GenScreen.Cli.Commands;

/// <summary>
/// <c>genscreen banks</c>: known-image banks in Table and Blob storage (docs/hashing.md). Hosts pick every change up at their
/// next poll (<c>HashBanks:RefreshInterval</c>). Storage: the <c>GenScreenStorage</c> setting (or <c>--connection</c>),
/// tables from <c>HashBanks__BankTable</c> / <c>HashBanks__EntryTable</c>, snapshots in <c>HashBanks__SnapshotContainer</c>. Exit code 0 done, 1 error; <c>match</c>: 20
/// when a block bank matches, 10 an allow bank, 0 none.
/// </summary>
internal static class BanksCommand
{
    public static Command Create(CliEnvironment? environment = null)
    {
        var connection = new Option<string?>("--connection") { Description = "Name of the storage connection setting (default: VerdictStore__Connection, else GenScreenStorage).", Recursive = true };
        var command = new Command("banks", "Known-image (PDQ) hash banks: list, create, add, remove, import, export, match.") { connection };
        Store Open(ParseResult parse) => new(environment ?? CliEnvironment.Process, parse.GetValue(connection));

        command.Subcommands.Add(List(Open));
        command.Subcommands.Add(CreateBank(Open));
        command.Subcommands.Add(Add(Open));
        command.Subcommands.Add(Remove(Open));
        command.Subcommands.Add(Import(Open));
        command.Subcommands.Add(Export(Open));
        command.Subcommands.Add(Match(Open));
        return command;
    }

    private static Command List(Func<ParseResult, Store> open)
    {
        var list = new Command("list", "Every bank with its kind, category, distance, version and number of hashes.");
        list.SetAction((parse, ct) => open(parse).RunAsync(async (store, env) =>
        {
            foreach (var bank in (await store.ListAsync(ct).ConfigureAwait(false)).OrderBy(b => b.Name, StringComparer.Ordinal))
            {
                var count = 0;
                await foreach (var _ in store.EntriesAsync(bank.Name, ct).ConfigureAwait(false))
                {
                    count++;
                }

                await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{bank.Name}\t{bank.Kind.ToString().ToLowerInvariant()}\t{bank.Category?.ToString() ?? "-"}\tmax distance {bank.MaxDistance}\tversion {bank.Version}\t{count:N0} hashes")).ConfigureAwait(false);
            }

            return 0;
        }));
        return list;
    }

    private static Command CreateBank(Func<ParseResult, Store> open)
    {
        var name = new Argument<string>("bank") { Description = "Bank name: lower-case letters, digits, dashes." };
        var kind = new Option<string>("--kind") { Description = "block (a match blocks) or allow (known false positives).", DefaultValueFactory = _ => "block" };
        kind.AcceptOnlyFromAmong("block", "allow");
        var category = new Option<string?>("--category") { Description = "Category a block match is recorded under: " + string.Join(", ", Enum.GetNames<HarmCategory>()) + "." };
        var distance = new Option<int>("--max-distance") { Description = "Largest Hamming distance that matches (0-63).", DefaultValueFactory = _ => HashBank.DefaultMaxDistance };
        var description = new Option<string?>("--description") { Description = "What the bank holds and where it comes from." };
        var create = new Command("create", "Create a bank.") { name, kind, category, distance, description };
        create.SetAction((parse, ct) => open(parse).RunAsync(async (store, env) =>
        {
            HarmCategory? parsed = null;
            if (parse.GetValue(category) is { } c)
            {
                if (!Enum.TryParse<HarmCategory>(c, ignoreCase: true, out var value))
                {
                    throw new HashBankException($"Unknown category '{c}'; one of {string.Join(", ", Enum.GetNames<HarmCategory>())}.");
                }

                parsed = value;
            }

            var bank = await store.CreateAsync(new HashBank(parse.GetValue(name)!, parse.GetValue(kind) == "allow" ? HashBankKind.Allow : HashBankKind.Block, parsed, parse.GetValue(distance), 1, parse.GetValue(description)), ct).ConfigureAwait(false);
            await env.Out.WriteLineAsync($"bank {bank.Name}: {bank.Kind.ToString().ToLowerInvariant()}, version {bank.Version}").ConfigureAwait(false);
            return 0;
        }));
        return create;
    }

    private static Command Add(Func<ParseResult, Store> open)
    {
        var bank = new Argument<string>("bank");
        var hashes = new Argument<string[]>("hash") { Description = "PDQ hashes (64 hex digits).", Arity = ArgumentArity.OneOrMore };
        var label = new Option<string?>("--label");
        var source = new Option<string?>("--source");
        var add = new Command("add", "Add hashes to a bank.") { bank, hashes, label, source };
        add.SetAction((parse, ct) => open(parse).RunAsync(async (store, env) =>
        {
            var entries = ParseHashes(parse.GetValue(hashes)!).Select(h => new HashBankEntry(h, parse.GetValue(label), parse.GetValue(source), DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
            var updated = await store.AddAsync(parse.GetValue(bank)!, entries, null, ct).ConfigureAwait(false);
            await env.Out.WriteLineAsync($"{entries.Count} added to {updated.Name} (version {updated.Version})").ConfigureAwait(false);
            return 0;
        }));
        return add;
    }

    private static Command Remove(Func<ParseResult, Store> open)
    {
        var bank = new Argument<string>("bank");
        var hashes = new Argument<string[]>("hash") { Description = "PDQ hashes (64 hex digits).", Arity = ArgumentArity.OneOrMore };
        var remove = new Command("remove", "Remove hashes from a bank.") { bank, hashes };
        remove.SetAction((parse, ct) => open(parse).RunAsync(async (store, env) =>
        {
            var removed = await store.RemoveAsync(parse.GetValue(bank)!, ParseHashes(parse.GetValue(hashes)!), ct).ConfigureAwait(false);
            await env.Out.WriteLineAsync($"{removed} removed").ConfigureAwait(false);
            return 0;
        }));
        return remove;
    }

    private static Command Import(Func<ParseResult, Store> open)
    {
        var bank = new Argument<string>("bank");
        var file = new Argument<FileInfo>("file") { Description = "One hash per line, or CSV/TSV with hash, label, source, date (HMA / ThreatExchange exports); '-' reads standard input." };
        var import = new Command("import", "Replace a bank's list with a hash list, all or nothing: the whole file is read and checked first (any bad line is reported with its number and nothing is imported), then written as one snapshot and committed at once.") { bank, file };
        import.SetAction((parse, ct) => open(parse).RunAsync(async (store, env) =>
        {
            var path = parse.GetValue(file)!;
            HashListParseResult parsed;
            using (var reader = path.Name == "-" ? new StreamReader(env.OpenStandardInput()) : new StreamReader(path.FullName))
            {
                parsed = HashListParser.Parse(reader, lines => env.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {lines:N0} lines")));
            }

            if (!parsed.Succeeded)
            {
                foreach (var error in parsed.Errors)
                {
                    await env.Error.WriteLineAsync($"{path.Name}: {error}").ConfigureAwait(false);
                }

                await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{parsed.TotalErrors:N0} bad line(s); nothing imported.")).ConfigureAwait(false);
                return 1;
            }

            var total = parsed.Entries.Count;
            await env.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"writing {total:N0} hashes as one snapshot")).ConfigureAwait(false);
            var updated = await store.ImportAsync(parse.GetValue(bank)!, parsed.Entries, ct).ConfigureAwait(false);
            await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{total:N0} hashes imported into {updated.Name} (version {updated.Version}); they replace its previous list")).ConfigureAwait(false);
            return 0;
        }));
        return import;
    }

    private static Command Export(Func<ParseResult, Store> open)
    {
        var bank = new Argument<string>("bank");
        var export = new Command("export", "Write a bank as CSV (hash,label,source,date,verdict_id) to standard output; import reads it back.") { bank };
        export.SetAction((parse, ct) => open(parse).RunAsync(async (store, env) =>
        {
            var name = parse.GetValue(bank)!;
            if (await store.GetAsync(name, ct).ConfigureAwait(false) is null)
            {
                throw new HashBankException($"There is no bank '{name}'.");
            }

            var entries = new List<HashBankEntry>();
            await foreach (var e in store.EntriesAsync(name, ct).ConfigureAwait(false))
            {
                entries.Add(e);
            }

            HashListParser.WriteCsv(env.Out, entries);
            await env.Out.FlushAsync(ct).ConfigureAwait(false);
            return 0;
        }));
        return export;
    }

    private static Command Match(Func<ParseResult, Store> open)
    {
        var target = new Argument<string>("image-or-hash") { Description = "An image file (every frame is hashed) or a PDQ hash." };
        var match = new Command("match", "Match an image or a hash against every bank, as screening does.") { target };
        match.SetAction((parse, ct) => open(parse).RunAsync(async (store, env) =>
        {
            var value = parse.GetValue(target)!;
            IReadOnlyList<PdqHashes> frames;
            if (PdqHash.TryParse(value, out var hash))
            {
                // A bare hash has no DCT to turn: only the hash itself is looked up, with full quality.
                frames = [new PdqHashes(hash, 100, [hash])];
            }
            else
            {
                var decoded = SafeImageDecoder.Decode(await File.ReadAllBytesAsync(value, ct).ConfigureAwait(false), null, value, new ImageDecodeLimits(), ct);
                if (!decoded.Succeeded)
                {
                    throw new HashBankException($"{value}: cannot be decoded ({decoded.FailureReason}: {decoded.Message}).");
                }

                frames = [.. decoded.Frames.Select(f => PdqHasher.Hash(f.Rgb.Span, f.Width, f.Height))];
                await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{value}: {frames[0].Hash} quality {frames[0].Quality}{(frames.Count > 1 ? $" (+{frames.Count - 1} frames)" : "")}")).ConfigureAwait(false);
            }

            var loaded = new List<LoadedHashBank>();
            foreach (var bank in await store.ListAsync(ct).ConfigureAwait(false))
            {
                loaded.Add(await store.LoadAsync(bank, ct).ConfigureAwait(false));
            }

            var options = Store.Options(env);
            var result = new HashBankSet(loaded).Match(frames, options.MinQuality);
            if (result.LowQuality)
            {
                await env.Out.WriteLineAsync($"quality below {options.MinQuality}: never matched").ConfigureAwait(false);
            }

            foreach (var m in new[] { result.Block, result.Allow }.OfType<HashBankMatch>())
            {
                await env.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{m.Bank.Kind.ToString().ToLowerInvariant()} bank {m.Bank.Name}: distance {m.Distance} ({m.Variant}) entry {m.Entry.Hash}{(m.Entry.Label is null ? "" : " label " + m.Entry.Label)}{(m.Entry.VerdictId is null ? "" : " verdict " + m.Entry.VerdictId)}")).ConfigureAwait(false);
            }

            if (result.Block is null && result.Allow is null)
            {
                await env.Out.WriteLineAsync("no match").ConfigureAwait(false);
            }

            return result.Block is not null ? ExitCodes.Block : result.Allow is not null ? ExitCodes.Review : ExitCodes.Allow;
        }));
        return match;
    }

    /// <summary>Every bank in storage, loaded once (for <c>screen image --banks</c>); null after printing why not.</summary>
    public static async Task<IHashBankSource?> LoadAsync(CliEnvironment env, CancellationToken cancellationToken)
    {
        IHashBankSource? source = null;
        var exit = await new Store(env, null).RunAsync(async (store, _) =>
        {
            var loaded = new List<LoadedHashBank>();
            foreach (var bank in await store.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                loaded.Add(await store.LoadAsync(bank, cancellationToken).ConfigureAwait(false));
            }

            source = new StaticHashBankSource(new HashBankSet(loaded), Store.Options(env));
            return 0;
        }).ConfigureAwait(false);
        return exit == 0 ? source : null;
    }

    private static List<PdqHash> ParseHashes(IEnumerable<string> values) =>
        [.. values.Select(v => PdqHash.TryParse(v, out var h) ? h : throw new HashBankException($"'{v}' is not a PDQ hash (64 hex digits)."))];

    /// <summary>Opens the bank store from the command's settings and turns expected failures into a message and exit code 1.</summary>
    private sealed class Store(CliEnvironment env, string? connectionOption)
    {
        /// <summary>The <c>HashBanks</c> settings (tables, quality floor) from the environment.</summary>
        public static HashBankOptions Options(CliEnvironment env)
        {
            var options = new HashBankOptions();
            env.Configuration.GetSection(HashBankOptions.SectionName).Bind(options);
            return options;
        }

        public async Task<int> RunAsync(Func<HashBankStore, CliEnvironment, Task<int>> action)
        {
            try
            {
                var options = Options(env);
                var connectionName = connectionOption ?? env.Configuration["VerdictStore:Connection"] ?? "GenScreenStorage";
                // The SDK's default retries: a batch job, not a request with a latency budget.
                var service = StorageClients.CreateTableServiceClient(env.Configuration, connectionName, new TableClientOptions());
                var blobs = StorageClients.CreateBlobServiceClient(env.Configuration, connectionName, new Azure.Storage.Blobs.BlobClientOptions());
                return await action(new HashBankStore(service, blobs, Microsoft.Extensions.Options.Options.Create(options)), env).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HashBankException or RequestFailedException or InvalidDataException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
            {
                await env.Error.WriteLineAsync($"banks: {ex.Message}").ConfigureAwait(false);
                return 1;
            }
        }
    }
}
