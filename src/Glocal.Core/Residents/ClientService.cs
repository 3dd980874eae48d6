using Glocal.Core.Audit;
using Glocal.Core.Data;
using Glocal.Core.Shared;
using Microsoft.EntityFrameworkCore;

namespace Glocal.Core.Residents;

/// <summary>Registers clients and reveals their personal data, logging every reveal.</summary>
public sealed class ClientService(GlocalDbContext db, IPersonalDataCipher cipher, PersonalDataAccessLog accessLog, TimeProvider clock)
{
    public const string SubjectType = "Client";

    public async Task<Guid> RegisterAsync(RegisterClientRequest request, CancellationToken ct)
    {
        var number = request.RegistrationNumber?.Replace("-", "", StringComparison.Ordinal);
        if (number is not null)
        {
            var lookup = cipher.LookupHash(number);
            if (await db.Clients.AnyAsync(c => c.RegistrationNumberLookup == lookup, ct))
            {
                throw new BusinessRuleException("client_duplicate", "A client with this registration number is already registered.", 409);
            }
        }

        var client = new Client
        {
            Id = Guid.CreateVersion7(),
            NameSealed = cipher.Encrypt(request.Name.Trim()),
            NameLookup = cipher.LookupHash(request.Name),
            RegistrationNumberSealed = number is null ? null : cipher.Encrypt(number),
            RegistrationNumberLookup = number is null ? null : cipher.LookupHash(number),
            PassportNumberSealed = request.PassportNumber is null ? null : cipher.Encrypt(request.PassportNumber.Trim()),
            Nationality = request.Nationality,
            StayStatus = request.StayStatus,
            Languages = request.Languages,
            District = request.District,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Clients.Add(client);
        await db.SaveChangesAsync(ct);
        return client.Id;
    }

    public async Task<ClientDetails> RevealAsync(Guid id, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException(SubjectType, id);
        await accessLog.RecordAsync(SubjectType, id.ToString(), "view", ct);
        return Reveal(client);
    }

    /// <summary>Exact search by name or registration number through the keyed hash: no row is decrypted to search.</summary>
    public async Task<List<ClientDetails>> SearchAsync(ClientSearchRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name) && string.IsNullOrWhiteSpace(request.RegistrationNumber))
        {
            throw new BusinessRuleException("search_criteria_required", "Give a name or a registration number to search for.", 400);
        }

        var query = db.Clients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var nameLookup = cipher.LookupHash(request.Name);
            query = query.Where(c => c.NameLookup == nameLookup);
        }

        if (!string.IsNullOrWhiteSpace(request.RegistrationNumber))
        {
            var numberLookup = cipher.LookupHash(request.RegistrationNumber);
            query = query.Where(c => c.RegistrationNumberLookup == numberLookup);
        }

        var found = await query.OrderBy(c => c.CreatedAt).Take(50).ToListAsync(ct);
        await accessLog.RecordAsync(SubjectType, found.Select(c => c.Id.ToString()), "search", ct);
        return found.Select(Reveal).ToList();
    }

    /// <summary>
    /// Ids of the clients matching an exact name and/or registration number, through the keyed hash. Nothing is
    /// decrypted and nothing revealed, so no access-log entry: the caller logs what it then shows.
    /// </summary>
    public async Task<List<Guid>> MatchAsync(string? name, string? registrationNumber, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(registrationNumber))
        {
            throw new BusinessRuleException("search_criteria_required", "Give a name or a registration number to search for.", 400);
        }

        var query = db.Clients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(name))
        {
            var nameLookup = cipher.LookupHash(name);
            query = query.Where(c => c.NameLookup == nameLookup);
        }

        if (!string.IsNullOrWhiteSpace(registrationNumber))
        {
            var numberLookup = cipher.LookupHash(registrationNumber.Replace("-", "", StringComparison.Ordinal).Trim());
            query = query.Where(c => c.RegistrationNumberLookup == numberLookup);
        }

        return await query.Select(c => c.Id).Take(200).ToListAsync(ct);
    }

    private ClientDetails Reveal(Client c) => new(
        c.Id,
        cipher.Decrypt(c.NameSealed),
        c.RegistrationNumberSealed is null ? null : cipher.Decrypt(c.RegistrationNumberSealed),
        c.PassportNumberSealed is null ? null : cipher.Decrypt(c.PassportNumberSealed),
        c.Nationality, c.StayStatus, c.Languages, c.District, c.CreatedAt);
}
