using System.Net;
using System.Net.Sockets;

namespace ArticleBot.Core.Fetching;

/// <summary>
/// Which addresses a link may lead to: public unicast ones only, unless private ones are allowed. Refused are
/// loopback, the private ranges (RFC 1918, IPv6 unique local), link-local (which holds cloud metadata services at
/// 169.254.169.254), carrier-grade NAT (RFC 6598), "this network", multicast and broadcast; an IPv4 address written
/// as IPv6 (<c>::ffff:127.0.0.1</c>) is judged as the IPv4 address it is.
/// </summary>
internal static class AddressPolicy
{
    /// <summary>Why <paramref name="address"/> is refused, or null when it is a public address.</summary>
    public static string? Refusal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return "a loopback address";
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 => "a \"this network\" address",
                10 => "a private address",
                100 when b[1] is >= 64 and <= 127 => "a shared (carrier-grade NAT) address",
                169 when b[1] == 254 => "a link-local address",
                172 when b[1] is >= 16 and <= 31 => "a private address",
                192 when b[1] == 168 => "a private address",
                >= 224 => "a multicast or reserved address",
                _ => null,
            };
        }

        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
        {
            return "a link-local address";
        }

        if (address.IsIPv6UniqueLocal)
        {
            return "a private address";
        }

        if (address.IsIPv6Multicast || address.Equals(IPAddress.IPv6None))
        {
            return "a multicast or unspecified address";
        }

        return null;
    }
}
