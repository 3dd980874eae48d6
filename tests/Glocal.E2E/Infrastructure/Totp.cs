using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Glocal.E2E.Infrastructure;

/// <summary>What an authenticator app computes: RFC 6238 TOTP over HMAC-SHA1, 30-second steps, 6 digits.</summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string base32Key, DateTimeOffset at) =>
        Code(Base32Decode(base32Key), at.ToUnixTimeSeconds() / 30, digits: 6);

    public static string Code(byte[] key, long step, int digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        // RFC 6238 authenticator apps (and ASP.NET Core Identity) use HMAC-SHA1; the test must compute the same.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff) % (int)Math.Pow(10, digits);
        return binary.ToString($"D{digits}", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Decodes the key as the set-up page shows it: grouped by spaces, lowercase, no padding.</summary>
    public static byte[] Base32Decode(string text)
    {
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var output = new List<byte>(clean.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. output];
    }
}
