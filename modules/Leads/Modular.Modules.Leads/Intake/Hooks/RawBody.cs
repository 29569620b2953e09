using Microsoft.AspNetCore.Http;

namespace Modular.Modules.Leads.Intake.Hooks;

/// <summary>The request body exactly as sent, which signatures are computed over. The platform's body limit bounds it.</summary>
internal static class RawBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
