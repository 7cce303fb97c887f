using GenScreen.Core.Images.Faces;
using GenScreen.Core.People;

namespace GenScreen.Images.People;

/// <summary>
/// Answers, per face descriptor, "is this an enrolled protected person?" from an in-memory <see cref="FaceEmbeddingIndex"/>
/// (exact nearest neighbour within the threshold; ≈ 1 ms at 100,000 descriptors, see docs/performance.md). The image
/// pipeline calls <see cref="Match"/> per face and puts the result in <see cref="FaceSignal.Match"/>.
/// The index is loaded from the store at start and reloaded when the store's change marker moves
/// (<see cref="RefreshAsync"/>, polled by <see cref="ProtectedPeopleRefreshService"/>); a reload builds a new snapshot
/// and swaps it in, so matching never waits. Descriptors from another recognition model version are skipped (and
/// counted), since distances across models mean nothing.
/// </summary>
public sealed class ProtectedPersonMatcher(IProtectedPeopleStore store, string modelVersion, float threshold, EnrolledNames? names = null) : IDisposable
{
    private Snapshot _snapshot = new(null, [], FaceEmbeddingIndex.Empty, 0);
    private readonly SemaphoreSlim _reload = new(1, 1);

    public float Threshold => threshold;

    /// <summary>People in the current snapshot.</summary>
    public int PersonCount => Volatile.Read(ref _snapshot).People.Length;

    /// <summary>Descriptors in the current snapshot.</summary>
    public int DescriptorCount => Volatile.Read(ref _snapshot).Index.Count;

    /// <summary>
    /// The store's change marker of the loaded snapshot (null before anything was enrolled): it moves with every enrolment
    /// and removal, so a stored answer keyed with it is never replayed across a change of who is enrolled.
    /// </summary>
    public string? SnapshotMarker => Volatile.Read(ref _snapshot).Marker;

    /// <summary>Descriptors ignored in the last load because another model produced them.</summary>
    public int SkippedDescriptors => Volatile.Read(ref _snapshot).Skipped;

    /// <summary>The enrolled person nearest to <paramref name="descriptor"/> within the threshold, or null.</summary>
    public ProtectedPersonMatch? Match(ReadOnlySpan<float> descriptor)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot.Index.FindNearest(descriptor, threshold) is not { } hit)
        {
            return null;
        }

        var person = snapshot.People[hit.Owner];
        return new ProtectedPersonMatch(person.Id, person.DisplayName, hit.Distance);
    }

    /// <summary>Reloads when the change marker differs from the loaded one (or always, when <paramref name="force"/>); true when it reloaded.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken, bool force = false)
    {
        await _reload.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var marker = await store.GetChangeMarkerAsync(cancellationToken).ConfigureAwait(false);
            var current = Volatile.Read(ref _snapshot);
            if (!force && current.Marker == marker && current.Loaded)
            {
                return false;
            }

            var people = new List<EnrolledPerson>();
            var entries = new List<(int, float[])>();
            var skipped = 0;
            await foreach (var person in store.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (person.ModelVersion != modelVersion)
                {
                    skipped += person.Embeddings.Count;
                }
                else
                {
                    entries.AddRange(person.Embeddings.Select(e => (people.Count, e)));
                }

                people.Add(person);
            }

            var snapshot = new Snapshot(marker, [.. people], FaceEmbeddingIndex.Build(entries), skipped) { Loaded = true };
            names?.Apply(people.SelectMany(p => p.Names));
            Volatile.Write(ref _snapshot, snapshot);
            return true;
        }
        finally
        {
            _reload.Release();
        }
    }

    public void Dispose() => _reload.Dispose();

    private sealed record Snapshot(string? Marker, EnrolledPerson[] People, FaceEmbeddingIndex Index, int Skipped)
    {
        public bool Loaded { get; init; }
    }
}
