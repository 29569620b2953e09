namespace Modular.Sdk.Extensions.Payments;

/// <summary>A request to collect one invoice.</summary>
/// <param name="IdempotencyKey">Stable for the invoice, so a retried call never charges twice.</param>
/// <param name="CustomerId">The gateway's id of the paying customer.</param>
/// <param name="AmountMinor">Amount in minor units (cents).</param>
/// <param name="Currency">ISO 4217 code, lower or upper case.</param>
/// <param name="InvoiceNumber">The invoice being paid.</param>
public sealed record PaymentRequest(string IdempotencyKey, string CustomerId, long AmountMinor, string Currency, string InvoiceNumber);

/// <summary>What the gateway answered.</summary>
/// <param name="Status">succeeded, processing, requires_action or failed.</param>
/// <param name="PaymentId">The gateway's id of the payment.</param>
/// <param name="Message">A reason for failures.</param>
public sealed record PaymentResult(string Status, string? PaymentId = null, string? Message = null);
