namespace Modular.Bench;

/// <summary>What generates the load of the throughput benchmark.</summary>
internal enum LoadClient
{
    HttpClient,
    Wrk,
}
