using GenScreen.ContentSafety.Tests;
using GenScreen.Storage.Verdicts;
using GenScreen.Storage.Verdicts.Journal;
using Microsoft.Extensions.Logging;

namespace GenScreen.Integration.Tests.Reliability;

/// <summary>
/// A damaged journal loses only the damaged record: a flipped byte (payload or length), a torn last record
/// (a crash mid-append) or both; each is logged with its offset, the intact records are all recovered, and the
/// damaged file is kept for inspection.
/// </summary>
public sealed class VerdictJournalDamageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("genscreen-journal-").FullName;
    private readonly ListLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggers;

    public VerdictJournalDamageTests() => _loggers = LoggerFactory.Create(b => b.AddProvider(_logs));

    [Theory]
    [InlineData(2, 30)] // inside the third record's JSON payload
    [InlineData(2, 5)] // the third record's length field
    [InlineData(0, 9)] // the first record's checksum
    [InlineData(4, 0)] // the last record's magic
    public void FlippedByte_OnlyThatRecordIsLost_AndTheDamageIsLogged(int damagedRecord, int byteInRecord)
    {
        var path = Path.Combine(_directory, "flipped.journal");
        var verdicts = Write(path, 5, out var offsets);
        var bytes = File.ReadAllBytes(path);
        bytes[offsets[damagedRecord] + byteInRecord] ^= 0x5A;
        File.WriteAllBytes(path, bytes);

        var recovered = Reopen(path);

        Assert.Equal(verdicts.Where((_, i) => i != damagedRecord).Select(v => v.VerdictId), recovered.Select(v => v.VerdictId));
        Assert.Contains(_logs.Lines, l => l.Contains($"at offset {offsets[damagedRecord]} skipped", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(_directory, "flipped.journal.damaged-*"));
    }

    [Theory]
    [InlineData(2)] // inside the magic
    [InlineData(7)] // inside the header
    [InlineData(40)] // inside the payload
    public void TornLastRecord_IsCutOff_AndTheIntactOnesAreRecovered(int keptBytesOfLast)
    {
        var path = Path.Combine(_directory, "torn.journal");
        var verdicts = Write(path, 4, out var offsets);
        using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(offsets[3] + keptBytesOfLast);
        }

        var recovered = Reopen(path);

        Assert.Equal(verdicts.Take(3).Select(v => v.VerdictId), recovered.Select(v => v.VerdictId));
        Assert.Contains(_logs.Lines, l => l.Contains($"torn last record at offset {offsets[3]}", StringComparison.Ordinal));
        Assert.Equal(offsets[3], new FileInfo(path).Length); // cut, so the next append follows an intact record
    }

    [Fact]
    public void DamageThenTornTail_ThenMoreAppends_EveryIntactRecordSurvivesTheNextCrash()
    {
        var path = Path.Combine(_directory, "both.journal");
        var verdicts = Write(path, 3, out var offsets);
        var bytes = File.ReadAllBytes(path);
        bytes[offsets[1] + 20] ^= 0xFF;
        File.WriteAllBytes(path, [.. bytes, .. bytes.AsSpan(offsets[2], 15)]); // a torn copy of a record at the end

        var later = JournaledVerdicts.Make(99);
        var (journal, first) = VerdictJournal.Open(path, _loggers.CreateLogger<VerdictJournal>());
        journal.Append(later);
        journal.Dispose(); // another crash

        var recovered = Reopen(path);

        Assert.Equal([verdicts[0].VerdictId, verdicts[2].VerdictId], first.Select(v => v.VerdictId));
        Assert.Equal([verdicts[0].VerdictId, verdicts[2].VerdictId, later.VerdictId], recovered.Select(v => v.VerdictId));
    }

    [Fact]
    public void RecoveredVerdict_EqualsWhatWasJournaled_FieldByField()
    {
        var path = Path.Combine(_directory, "fields.journal");
        var verdicts = Write(path, 4, out _);

        var recovered = Reopen(path);

        Assert.Equal(verdicts.Count, recovered.Count);
        foreach (var (expected, actual) in verdicts.Zip(recovered))
        {
            Assert.Equal(expected with { Verdict = actual.Verdict }, actual);
            Assert.Equal(expected.Verdict.Decision, actual.Verdict.Decision);
            Assert.Equal(expected.Verdict.Categories, actual.Verdict.Categories);
            Assert.Equal(expected.Verdict.Reasons.Select(r => r.ToString()), actual.Verdict.Reasons.Select(r => r.ToString()));
            Assert.Equal(expected.Verdict.NegativePromptAdditions, actual.Verdict.NegativePromptAdditions);
        }
    }

    [Fact]
    public void SecondProcessOnTheSameJournal_IsRefusedWithAClearError()
    {
        var path = Path.Combine(_directory, "shared.journal");
        var (journal, _) = VerdictJournal.Open(path, _loggers.CreateLogger<VerdictJournal>());
        using (journal)
        {
            var error = Assert.Throws<IOException>(() => VerdictJournal.Open(path, _loggers.CreateLogger<VerdictJournal>()));
            Assert.Contains("VerdictStore:JournalPath", error.Message, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        _loggers.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private List<StoredPromptVerdict> Write(string path, int count, out List<int> offsets)
    {
        var verdicts = Enumerable.Range(0, count).Select(JournaledVerdicts.Make).ToList();
        offsets = [];
        var (journal, _) = VerdictJournal.Open(path, _loggers.CreateLogger<VerdictJournal>());
        using (journal)
        {
            foreach (var verdict in verdicts)
            {
                offsets.Add((int)new FileInfo(path).Length);
                journal.Append(verdict);
            }
        }

        return verdicts;
    }

    private IReadOnlyList<StoredPromptVerdict> Reopen(string path)
    {
        var (journal, recovered) = VerdictJournal.Open(path, _loggers.CreateLogger<VerdictJournal>());
        journal.Dispose();
        return recovered;
    }
}
