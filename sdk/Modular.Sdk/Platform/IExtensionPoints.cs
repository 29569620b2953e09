namespace Modular.Sdk.Platform;

/// <summary>
/// Finds the active implementations of an extension point (<c>IMessageChannel</c>, <c>IAnswerInterpreter</c>,
/// <c>ICrmConnector</c>, …) across the host, every module and every plugin. A plugin swapped out leaves the list
/// at once and a new version joins it.
/// </summary>
/// <remarks>
/// Look implementations up for each use and do not keep them: a reference held past the call keeps a swapped-out
/// plugin version in memory, and it would go on serving after its replacement.
/// </remarks>
public interface IExtensionPoints
{
    /// <summary>Every active implementation of <typeparamref name="T"/>, the host's first, then in load order.</summary>
    IReadOnlyList<T> All<T>() where T : class;
}
