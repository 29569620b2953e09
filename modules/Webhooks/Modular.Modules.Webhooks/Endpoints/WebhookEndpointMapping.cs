using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Modular.Modules.Webhooks.Endpoints;

internal sealed class WebhookEndpointMapping : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> endpoint)
    {
        endpoint.ToTable("endpoints");
        endpoint.Property(e => e.Url).HasMaxLength(2000);
        endpoint.Property(e => e.Description).HasMaxLength(500);
        endpoint.Property(e => e.EventTypes).HasMaxLength(2000);
        endpoint.Property(e => e.DisabledReason).HasMaxLength(1000);
        endpoint.Property(e => e.Secret).HasMaxLength(2000);
        endpoint.Property(e => e.PreviousSecret).HasMaxLength(2000);
        endpoint.HasIndex(e => new { e.TenantId, e.CreatedAt });
    }
}
