using System.Security.Cryptography;
using System.Text;

namespace ArticleBot.Store;

/// <summary>
/// User ids are kept only as SHA-256 of the database's own random salt, the platform and the id: enough to tell one
/// reader's votes apart, not enough to get the id back (a bare hash of a Discord snowflake or an IP address is
/// reversed by trying them all; the salt, made when the database is created, prevents that).
/// </summary>
internal sealed class UserHash(byte[] salt)
{
    public string? Of(string platform, string? userId)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var text = Encoding.UTF8.GetBytes($"{platform}/{userId}");
        var input = new byte[salt.Length + text.Length];
        salt.CopyTo(input, 0);
        text.CopyTo(input, salt.Length);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }
}
