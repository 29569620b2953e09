using System.Net;
using Modular.Sdk.Network;

namespace Modular.Host.Tests.Network;

public sealed class PublicAddressesTests
{
    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("11.0.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void An_internet_address_is_public(string address) =>
        PublicAddresses.Contains(IPAddress.Parse(address)).ShouldBeTrue();

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.0.9", "loopback")]
    [InlineData("0.0.0.0", "this network")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "cloud instance metadata (link-local)")]
    [InlineData("100.64.0.1", "carrier-grade NAT")]
    [InlineData("100.100.100.200", "a cloud's metadata inside carrier-grade NAT")]
    [InlineData("192.0.0.192", "IETF protocol assignments")]
    [InlineData("198.18.0.1", "benchmarking")]
    [InlineData("203.0.113.5", "documentation")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::1", "IPv6 loopback")]
    [InlineData("::", "unspecified")]
    [InlineData("fe80::1", "IPv6 link-local")]
    [InlineData("fc00::1", "unique local")]
    [InlineData("fd00:ec2::254", "a cloud's IPv6 metadata (unique local)")]
    [InlineData("ff02::1", "IPv6 multicast")]
    [InlineData("2001:db8::1", "IPv6 documentation")]
    [InlineData("::ffff:127.0.0.1", "loopback written as IPv4-mapped IPv6")]
    [InlineData("::ffff:10.0.0.1", "private written as IPv4-mapped IPv6")]
    [InlineData("64:ff9b::a00:1", "private behind NAT64")]
    [InlineData("2002:7f00:1::1", "loopback inside 6to4")]
    public void An_address_into_the_operators_network_is_not_public(string address, string because) =>
        PublicAddresses.Contains(IPAddress.Parse(address)).ShouldBeFalse(because);
}
