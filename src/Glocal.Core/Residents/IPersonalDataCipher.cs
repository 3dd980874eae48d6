namespace Glocal.Core.Residents;

/// <summary>
/// Seals personal identifiers at rest. An interface because a certified cryptographic module (KCMVP) may
/// have to replace the built-in AES-GCM implementation in a deployment.
/// </summary>
public interface IPersonalDataCipher
{
    string Encrypt(string plaintext);

    string Decrypt(string ciphertext);

    /// <summary>Keyed hash of a normalised value, so equality search never decrypts rows.</summary>
    string LookupHash(string value);
}
