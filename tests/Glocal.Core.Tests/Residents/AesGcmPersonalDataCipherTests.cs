using System.Security.Cryptography;
using CsCheck;
using Glocal.Core.Residents;
using Glocal.Core.Shared;
using Microsoft.Extensions.Options;

namespace Glocal.Core.Tests.Residents;

public class AesGcmPersonalDataCipherTests
{
    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static AesGcmPersonalDataCipher Cipher(string active, params (string Id, string Key)[] keys) =>
        new(Options.Create(new PersonalDataOptions
        {
            ActiveKeyId = active,
            Keys = [.. keys.Select(k => new PersonalDataKey { Id = k.Id, Key = k.Key })],
            LookupKey = LookupKey,
        }));

    private static readonly string LookupKey = NewKey();

    [Fact]
    public void Encrypt_ThenDecrypt_ReturnsTheValue()
    {
        var cipher = Cipher("k1", ("k1", NewKey()));
        Gen.String.Sample(value => cipher.Decrypt(cipher.Encrypt(value)).ShouldBe(value));
    }

    [Fact]
    public void Encrypt_SameValueTwice_GivesDifferentCiphertexts()
    {
        var cipher = Cipher("k1", ("k1", NewKey()));
        cipher.Encrypt("900101-5000001").ShouldNotBe(cipher.Encrypt("900101-5000001"));
        cipher.Encrypt("900101-5000001").ShouldNotContain("900101");
    }

    [Fact]
    public void Decrypt_AfterRotation_ReadsOldValuesWithTheRetiredKey()
    {
        var oldKey = NewKey();
        var sealedValue = Cipher("k1", ("k1", oldKey)).Encrypt("Nguyen Van A");
        var rotated = Cipher("k2", ("k1", oldKey), ("k2", NewKey()));
        rotated.Decrypt(sealedValue).ShouldBe("Nguyen Van A");
        rotated.Encrypt("x").ShouldStartWith("v1.k2.");
    }

    [Fact]
    public void Decrypt_Tampered_Throws()
    {
        var cipher = Cipher("k1", ("k1", NewKey()));
        var sealedValue = cipher.Encrypt("secret");
        var bytes = Convert.FromBase64String(sealedValue.Split('.')[2]);
        bytes[^1] ^= 1;
        Should.Throw<CryptographicException>(() => cipher.Decrypt($"v1.k1.{Convert.ToBase64String(bytes)}"));
    }

    [Fact]
    public void Decrypt_UnknownKey_GivesBusinessError() =>
        Should.Throw<BusinessRuleException>(() => Cipher("k1", ("k1", NewKey())).Decrypt("v1.k9.AAAA")).Code.ShouldBe("personal_data_unreadable");

    [Fact]
    public void LookupHash_IgnoresCaseSpacesAndDashes()
    {
        var cipher = Cipher("k1", ("k1", NewKey()));
        cipher.LookupHash("900101-5000001").ShouldBe(cipher.LookupHash("9001015000001"));
        cipher.LookupHash("nguyen van a").ShouldBe(cipher.LookupHash("NGUYEN  VAN A"));
        cipher.LookupHash("nguyen van a").ShouldNotBe(cipher.LookupHash("nguyen van b"));
    }

    [Fact]
    public void Constructor_ActiveKeyMissing_Throws() =>
        Should.Throw<InvalidOperationException>(() => Cipher("k2", ("k1", NewKey())));

    [Fact]
    public void Constructor_ShortKey_Throws() =>
        Should.Throw<InvalidOperationException>(() => Cipher("k1", ("k1", Convert.ToBase64String(new byte[16]))));
}
