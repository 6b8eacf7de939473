using System.Text;
using NSec.Cryptography;

namespace ArticleBot.Discord.Http;

/// <summary>
/// Discord signs every HTTP interaction: <c>X-Signature-Ed25519</c> is the hex Ed25519 signature, by the
/// application's key, of the UTF-8 bytes of <c>X-Signature-Timestamp</c> followed by the raw body
/// (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers).
/// Discord checks endpoints with bad signatures too, and stops sending to one that accepts them.
/// </summary>
internal sealed class InteractionSignature(string publicKeyHex)
{
    private const int SignatureBytes = 64;

    private readonly PublicKey _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex.Trim()), KeyBlobFormat.RawPublicKey);

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || signatureHex is not { Length: SignatureBytes * 2 } || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        return SignatureAlgorithm.Ed25519.Verify(_key, signed, Convert.FromHexString(signatureHex));
    }
}
