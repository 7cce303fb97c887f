using System.Globalization;
using System.Runtime.CompilerServices;
using GenScreen.Core.People;

namespace GenScreen.Cli.Eval.Images;

/// <summary>
/// The people of one <c>eval images --people &lt;folder&gt;</c> run, held in memory only: the run enrols them through the
/// same <see cref="GenScreen.Images.People.PersonEnrollment"/> as <c>genscreen people enroll</c> and matches through the
/// hosts' matcher, but nothing is written to storage.
/// </summary>
internal sealed class EvalPeopleStore : IProtectedPeopleStore
{
    private readonly List<EnrolledPerson> _people = [];
    private int _changes;

    public Task AddAsync(EnrolledPerson person, CancellationToken cancellationToken)
    {
        _people.Add(person);
        _changes++;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        var removed = _people.RemoveAll(p => p.Id == id) > 0;
        _changes += removed ? 1 : 0;
        return Task.FromResult(removed);
    }

    public async IAsyncEnumerable<EnrolledPerson> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var person in _people.ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return person;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task<string?> GetChangeMarkerAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_changes == 0 ? null : _changes.ToString(CultureInfo.InvariantCulture));
}
