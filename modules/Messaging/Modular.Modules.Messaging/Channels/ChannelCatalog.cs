using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Channels;

/// <summary>
/// The channel plugins active right now, looked up for each use and never kept, so a plugin swapped out stops
/// serving at once (see <see cref="IExtensionPoints"/>).
/// </summary>
internal sealed class ChannelCatalog(IExtensionPoints extensions)
{
    public IReadOnlyList<IMessageChannel> All() =>
        [.. extensions.All<IMessageChannel>().DistinctBy(channel => channel.Key, StringComparer.Ordinal)];

    public IMessageChannel? Find(string key) =>
        extensions.All<IMessageChannel>().FirstOrDefault(channel => string.Equals(channel.Key, key, StringComparison.Ordinal));
}
