using System.Security.Cryptography;
using System.Text;

namespace Mentiway.BuildingBlocks.Identifiers;

/// <summary>
/// A name-based id (RFC 9562, version 5): the same namespace and name give the same id on every run, so that a
/// message handled twice finds the document it wrote the first time instead of writing a second one.
/// </summary>
public static class NameBasedGuid
{
    public static Guid Create(Guid namespaceId, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        _ = namespaceId.TryWriteBytes(input.AsSpan(0, 16), bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);

        // Version 5 prescribes SHA-1; the hash only names things here, it protects nothing.
#pragma warning disable CA5350
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350

        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);

        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
