namespace Modular.Host.Api;

/// <summary>The <c>Modular:Api</c> settings.</summary>
internal sealed class ApiOptions
{
    public const string Section = "Modular:Api";

    /// <summary>
    /// The largest request body an endpoint accepts unless it declares its own limit
    /// (<see cref="Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata"/>); 1 MiB is far above any JSON
    /// command the API takes, and far below what would let one client exhaust the server's memory.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
