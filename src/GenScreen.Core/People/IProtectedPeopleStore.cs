namespace GenScreen.Core.People;

/// <summary>Where enrolled people live (Azure Table storage in GenScreen.Storage). Only descriptors, never photos.</summary>
public interface IProtectedPeopleStore
{
    /// <summary>Adds a person (a new id) and bumps the change marker.</summary>
    Task AddAsync(EnrolledPerson person, CancellationToken cancellationToken);

    /// <summary>Removes a person and bumps the change marker; false when no such id.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken);

    /// <summary>Every enrolled person, with descriptors.</summary>
    IAsyncEnumerable<EnrolledPerson> ListAsync(CancellationToken cancellationToken);

    /// <summary>An opaque value that changes whenever a person is added or removed; null before the first change.</summary>
    Task<string?> GetChangeMarkerAsync(CancellationToken cancellationToken);
}
