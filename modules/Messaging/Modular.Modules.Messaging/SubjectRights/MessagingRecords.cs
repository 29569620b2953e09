using System.Globalization;
using Modular.Modules.Messaging.Messages;
using Modular.Modules.Messaging.Suppression;

namespace Modular.Modules.Messaging.SubjectRights;

/// <summary>Each stored row as the flat record an access request shows.</summary>
internal static class MessagingRecords
{
    public static Dictionary<string, string?> Of(Message message) => new()
    {
        ["messageId"] = message.Id.ToString(),
        ["leadId"] = message.LeadId?.ToString(),
        ["direction"] = message.Direction,
        ["channel"] = message.ChannelKey,
        ["address"] = message.Address,
        ["subject"] = message.Subject,
        ["body"] = message.Body,
        ["status"] = message.Status,
        ["error"] = message.Error,
        ["createdAt"] = At(message.CreatedAt),
        ["updatedAt"] = At(message.UpdatedAt),
    };

    /// <param name="address">The subject's address whose hash the row holds: the row itself keeps only the hash.</param>
    public static Dictionary<string, string?> Of(string address, SuppressedAddress row) => new()
    {
        ["address"] = address,
        ["addressHash"] = row.AddressHash,
        ["stored"] = "only the SHA-256 hash of the address, never the address itself",
        ["channel"] = row.Channel,
        ["reason"] = row.Reason,
        ["since"] = At(row.CreatedAt),
    };

    private static string At(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
