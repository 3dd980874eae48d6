using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Glocal.Core.Shared;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Residents;

/// <summary>
/// AES-256-GCM with a random 96-bit nonce per value; output "v1.{keyId}.{base64(nonce‖ciphertext‖tag)}".
/// The key id in the output lets rotated-out keys still decrypt old values.
/// </summary>
public sealed class AesGcmPersonalDataCipher : IPersonalDataCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Dictionary<string, byte[]> keys;
    private readonly string activeKeyId;
    private readonly byte[] lookupKey;

    public AesGcmPersonalDataCipher(IOptions<PersonalDataOptions> options)
    {
        var value = options.Value;
        keys = value.Keys.ToDictionary(k => k.Id, k => DecodeKey(k.Key, $"PersonalData:Keys:{k.Id}"), StringComparer.Ordinal);
        if (!keys.ContainsKey(value.ActiveKeyId))
        {
            throw new InvalidOperationException($"PersonalData:ActiveKeyId '{value.ActiveKeyId}' is not among the configured keys.");
        }

        activeKeyId = value.ActiveKeyId;
        lookupKey = DecodeKey(value.LookupKey, "PersonalData:LookupKey");
    }

    public string Encrypt(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedValue = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys[activeKeyId], TagSize);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceSize, plain.Length), sealedValue.AsSpan(NonceSize + plain.Length), Encoding.ASCII.GetBytes(activeKeyId));
        return $"v1.{activeKeyId}.{Convert.ToBase64String(sealedValue)}";
    }

    public string Decrypt(string ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var parts = ciphertext.Split('.');
        if (parts.Length != 3 || parts[0] != "v1" || !keys.TryGetValue(parts[1], out var key))
        {
            throw new BusinessRuleException("personal_data_unreadable", "A protected value cannot be read with the configured keys.");
        }

        var sealedValue = Convert.FromBase64String(parts[2]);
        var length = sealedValue.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize, length), sealedValue.AsSpan(NonceSize + length), plain, Encoding.ASCII.GetBytes(parts[1]));
        return Encoding.UTF8.GetString(plain);
    }

    public string LookupHash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var normalised = new string(value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray())
            .ToUpper(CultureInfo.InvariantCulture);
        return Convert.ToHexString(HMACSHA256.HashData(lookupKey, Encoding.UTF8.GetBytes(normalised)));
    }

    private static byte[] DecodeKey(string base64, string name)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{name} is not valid base64.");
        }

        return bytes.Length == 32 ? bytes : throw new InvalidOperationException($"{name} must be 32 bytes (base64 of 32 random bytes).");
    }
}
