using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glocal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Exchanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartnerCities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameLocal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Population = table.Column<long>(type: "INTEGER", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    GeoNameId = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerCities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerCities_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerCityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Fields = table.Column<int>(type: "INTEGER", nullable: false),
                    CouncilApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CouncilResolutionNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Motive = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Agreements_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Agreements_PartnerCities_PartnerCityId",
                        column: x => x.PartnerCityId,
                        principalTable: "PartnerCities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementStatusChange",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementStatusChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementStatusChange_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgreementStatusChange_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerCityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Field = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Recurrence = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExchangeProgrammes_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ExchangeProgrammes_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExchangeProgrammes_PartnerCities_PartnerCityId",
                        column: x => x.PartnerCityId,
                        principalTable: "PartnerCities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Delegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerCityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Head = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MembersOfficials = table.Column<int>(type: "INTEGER", nullable: false),
                    MembersCouncil = table.Column<int>(type: "INTEGER", nullable: false),
                    MembersBusiness = table.Column<int>(type: "INTEGER", nullable: false),
                    MembersCitizens = table.Column<int>(type: "INTEGER", nullable: false),
                    MembersStudents = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CostWon = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Delegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Delegations_ExchangeProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "ExchangeProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Delegations_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Delegations_PartnerCities_PartnerCityId",
                        column: x => x.PartnerCityId,
                        principalTable: "PartnerCities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeBudget",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlannedWon = table.Column<long>(type: "INTEGER", nullable: false),
                    ExecutedWon = table.Column<long>(type: "INTEGER", nullable: true),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeBudget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgrammeBudget_ExchangeProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "ExchangeProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgrammeBudget_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DelegationFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DelegationFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DelegationFollowUps_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DelegationFollowUps_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExchangeActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PartnerCityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProgrammeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DelegationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Substantive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    CostWon = table.Column<long>(type: "INTEGER", nullable: false),
                    OutputAgreements = table.Column<int>(type: "INTEGER", nullable: false),
                    OutputInvestmentLeads = table.Column<int>(type: "INTEGER", nullable: false),
                    OutputStudentsExchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    OutputContracts = table.Column<int>(type: "INTEGER", nullable: false),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExchangeActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExchangeActivities_Agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "Agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ExchangeActivities_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ExchangeActivities_ExchangeProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "ExchangeProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ExchangeActivities_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExchangeActivities_PartnerCities_PartnerCityId",
                        column: x => x.PartnerCityId,
                        principalTable: "PartnerCities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_MunicipalityId_PartnerCityId_Type_SignedOn",
                table: "Agreements",
                columns: new[] { "MunicipalityId", "PartnerCityId", "Type", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Agreements_PartnerCityId",
                table: "Agreements",
                column: "PartnerCityId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementStatusChange_AgreementId",
                table: "AgreementStatusChange",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementStatusChange_MunicipalityId",
                table: "AgreementStatusChange",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_DelegationFollowUps_DelegationId",
                table: "DelegationFollowUps",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_DelegationFollowUps_MunicipalityId_DoneOn_DueOn",
                table: "DelegationFollowUps",
                columns: new[] { "MunicipalityId", "DoneOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_MunicipalityId",
                table: "Delegations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_PartnerCityId",
                table: "Delegations",
                column: "PartnerCityId");

            migrationBuilder.CreateIndex(
                name: "IX_Delegations_ProgrammeId",
                table: "Delegations",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeActivities_AgreementId",
                table: "ExchangeActivities",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeActivities_DelegationId",
                table: "ExchangeActivities",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeActivities_MunicipalityId_PartnerCityId_Substantive_OccurredOn",
                table: "ExchangeActivities",
                columns: new[] { "MunicipalityId", "PartnerCityId", "Substantive", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeActivities_PartnerCityId",
                table: "ExchangeActivities",
                column: "PartnerCityId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeActivities_ProgrammeId",
                table: "ExchangeActivities",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeProgrammes_AgreementId",
                table: "ExchangeProgrammes",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeProgrammes_MunicipalityId",
                table: "ExchangeProgrammes",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ExchangeProgrammes_PartnerCityId",
                table: "ExchangeProgrammes",
                column: "PartnerCityId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerCities_MunicipalityId_CountryCode_NameEn",
                table: "PartnerCities",
                columns: new[] { "MunicipalityId", "CountryCode", "NameEn" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeBudget_MunicipalityId",
                table: "ProgrammeBudget",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeBudget_ProgrammeId_Year_Source",
                table: "ProgrammeBudget",
                columns: new[] { "ProgrammeId", "Year", "Source" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementStatusChange");

            migrationBuilder.DropTable(
                name: "DelegationFollowUps");

            migrationBuilder.DropTable(
                name: "ExchangeActivities");

            migrationBuilder.DropTable(
                name: "ProgrammeBudget");

            migrationBuilder.DropTable(
                name: "Delegations");

            migrationBuilder.DropTable(
                name: "ExchangeProgrammes");

            migrationBuilder.DropTable(
                name: "Agreements");

            migrationBuilder.DropTable(
                name: "PartnerCities");
        }
    }
}
