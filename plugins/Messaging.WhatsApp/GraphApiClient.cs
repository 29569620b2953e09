namespace Modular.Plugins.Messaging.WhatsApp;

/// <summary>
/// The one HTTP client the plugin talks to the Graph API with. Owned by the plugin's scope (the host offers no
/// IHttpClientFactory), so its connections close when the plugin version is unloaded.
/// </summary>
internal sealed class GraphApiClient(HttpClient http) : IDisposable
{
    /// <summary>Long enough for Meta's slow moments, short enough that a stuck send is retried rather than holding the queue.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    public static GraphApiClient Create(TimeSpan? timeout = null) =>
        new(new HttpClient(new SocketsHttpHandler
        {
            // Recycled connections follow DNS changes of graph.facebook.com.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
        })
        {
            Timeout = timeout ?? DefaultTimeout,
        });

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);

    public void Dispose() => http.Dispose();
}
