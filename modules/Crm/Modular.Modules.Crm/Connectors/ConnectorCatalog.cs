using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Connectors;

/// <summary>
/// The CRM connector plugins active right now, looked up for each use and never kept, so a plugin swapped out stops
/// serving at once (see <see cref="IExtensionPoints"/>).
/// </summary>
internal sealed class ConnectorCatalog(IExtensionPoints extensions)
{
    public IReadOnlyList<string> Types() =>
        [.. extensions.All<ICrmConnector>().Select(c => c.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public ICrmConnector? Find(string type) =>
        extensions.All<ICrmConnector>().FirstOrDefault(c => string.Equals(c.Key, type, StringComparison.Ordinal));
}
