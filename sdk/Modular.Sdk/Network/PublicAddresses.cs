using System.Net;
using System.Net.Sockets;

namespace Modular.Sdk.Network;

/// <summary>
/// Tells the internet's addresses from the ones that lead into the operator's own network or machine: loopback,
/// private (RFC 1918, IPv6 unique local), link-local (where clouds serve instance metadata, 169.254.169.254),
/// carrier-grade NAT, multicast, documentation, benchmarking and reserved ranges. IPv6 forms that carry an IPv4
/// address (IPv4-mapped, NAT64, 6to4) are judged by that address.
/// </summary>
public static class PublicAddresses
{
    private static readonly Range[] NotPublicV4 =
    [
        new("0.0.0.0", 8), new("10.0.0.0", 8), new("100.64.0.0", 10), new("127.0.0.0", 8), new("169.254.0.0", 16),
        new("172.16.0.0", 12), new("192.0.0.0", 24), new("192.0.2.0", 24), new("192.88.99.0", 24), new("192.168.0.0", 16),
        new("198.18.0.0", 15), new("198.51.100.0", 24), new("203.0.113.0", 24), new("224.0.0.0", 4), new("240.0.0.0", 4),
    ];

    private static readonly Range[] NotPublicV6 =
    [
        new("::", 128), new("::1", 128), new("64:ff9b:1::", 48), new("100::", 64), new("2001:db8::", 32),
        new("fc00::", 7), new("fe80::", 10), new("fec0::", 10), new("ff00::", 8),
    ];

    private static readonly Range Nat64 = new("64:ff9b::", 96);
    private static readonly Range SixToFour = new("2002::", 16);

    /// <summary>Whether <paramref name="address"/> is on the public internet, where a tenant's URL may lead.</summary>
    public static bool Contains(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            return Contains(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return !NotPublicV4.Any(r => r.Holds(address));
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return false;

        var bytes = address.GetAddressBytes();
        if (Nat64.Holds(address))
            return Contains(new IPAddress(bytes[12..16]));
        if (SixToFour.Holds(address))
            return Contains(new IPAddress(bytes[2..6]));
        return !NotPublicV6.Any(r => r.Holds(address));
    }

    private sealed class Range(string network, int prefixLength)
    {
        private readonly byte[] network = IPAddress.Parse(network).GetAddressBytes();

        public bool Holds(IPAddress address)
        {
            var bytes = address.GetAddressBytes();
            if (bytes.Length != network.Length)
                return false;
            var whole = prefixLength / 8;
            if (!bytes.AsSpan(0, whole).SequenceEqual(network.AsSpan(0, whole)))
                return false;
            var rest = prefixLength % 8;
            if (rest == 0)
                return true;
            var mask = (byte)(0xFF << (8 - rest));
            return (bytes[whole] & mask) == (network[whole] & mask);
        }
    }
}
