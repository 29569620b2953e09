using System.Buffers.Text;
using System.Text;

namespace Modular.Modules.Leads.Leads.ListLeads;

/// <summary>An opaque page cursor: the creation time (UTC ticks) and id of the last lead shown.</summary>
internal static class LeadCursor
{
    public static string After(Lead lead) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{lead.CreatedAt.UtcTicks}:{lead.Id:N}"));

    public static bool TryRead(string cursor, out DateTimeOffset createdAt, out Guid id)
    {
        createdAt = default;
        id = default;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            if (parts.Length != 2 || !long.TryParse(parts[0], out var ticks) || ticks < 0 || ticks > DateTimeOffset.MaxValue.UtcTicks || !Guid.TryParseExact(parts[1], "N", out id))
                return false;
            createdAt = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
