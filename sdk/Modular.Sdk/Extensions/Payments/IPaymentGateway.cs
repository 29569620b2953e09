namespace Modular.Sdk.Extensions.Payments;

/// <summary>A payment plugin (Stripe, bank transfer): collects invoice payments and refunds them.</summary>
public interface IPaymentGateway
{
    /// <summary>Stable key of the gateway type, for example <c>stripe</c>.</summary>
    string Key { get; }

    /// <summary>Asks the gateway to collect an invoice; the same <paramref name="request"/> id never charges twice.</summary>
    Task<PaymentResult> CollectAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>Refunds all or part of a collected payment.</summary>
    Task<PaymentResult> RefundAsync(string paymentId, long amountMinor, string currency, CancellationToken cancellationToken);
}
