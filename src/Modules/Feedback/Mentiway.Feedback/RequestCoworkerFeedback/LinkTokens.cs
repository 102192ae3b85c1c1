using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Mentiway.Feedback.RequestCoworkerFeedback;

/// <summary>
/// Single-use link tokens: 256 bits from the operating system's cryptographic generator, written URL-safe.
/// Only their SHA-256 hash is stored, so a leaked database does not hand out working links.
/// </summary>
internal static class LinkTokens
{
    private const int TokenBytes = 32;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>The link's id: the first half of the token's hash, so a token finds its link directly.</summary>
    public static Guid LinkIdOf(byte[] hash) => new(hash.AsSpan(0, 16));
}
