using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glocal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PoliciesIndexAndProjectSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenchmarkPublications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkPublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenchmarkPublications_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartYear = table.Column<int>(type: "integer", nullable: false),
                    EndYear = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Policies_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyProgrammes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    PolicyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Pillars = table.Column<int>(type: "integer", nullable: false),
                    Orientation = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Mode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    LeadDepartment = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Participants = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammes_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammes_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyBudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PlannedKrw = table.Column<long>(type: "bigint", nullable: false),
                    ExecutedKrw = table.Column<long>(type: "bigint", nullable: true),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyBudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyBudgetLines_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyBudgetLines_PolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "PolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyKpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Baseline = table.Column<double>(type: "double precision", nullable: true),
                    Target = table.Column<double>(type: "double precision", nullable: true),
                    Frequency = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Owner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ComputedCode = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyKpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyKpis_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyKpis_PolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "PolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyProgrammeLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExchangeProgrammeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DelegationId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvestmentProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyProgrammeLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammeLinks_Delegations_DelegationId",
                        column: x => x.DelegationId,
                        principalTable: "Delegations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammeLinks_ExchangeProgrammes_ExchangeProgrammeId",
                        column: x => x.ExchangeProgrammeId,
                        principalTable: "ExchangeProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammeLinks_InvestmentProjects_InvestmentProjectId",
                        column: x => x.InvestmentProjectId,
                        principalTable: "InvestmentProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammeLinks_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammeLinks_PolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "PolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyProgrammePartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyProgrammePartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammePartners_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyProgrammePartners_PolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "PolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyStaffAllocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Fte = table.Column<double>(type: "double precision", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyStaffAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyStaffAllocations_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyStaffAllocations_PolicyProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "PolicyProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PolicyKpiValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    KpiId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    EvidenceNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyKpiValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyKpiValues_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PolicyKpiValues_PolicyKpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "PolicyKpis",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_SourceActivityId",
                table: "InvestmentProjects",
                column: "SourceActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_SourceDelegationId",
                table: "InvestmentProjects",
                column: "SourceDelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkPublications_MunicipalityId_IndicatorCode",
                table: "BenchmarkPublications",
                columns: new[] { "MunicipalityId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Policies_MunicipalityId_Title",
                table: "Policies",
                columns: new[] { "MunicipalityId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyBudgetLines_MunicipalityId_Year",
                table: "PolicyBudgetLines",
                columns: new[] { "MunicipalityId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyBudgetLines_ProgrammeId_Year_Source",
                table: "PolicyBudgetLines",
                columns: new[] { "ProgrammeId", "Year", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyKpis_MunicipalityId",
                table: "PolicyKpis",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyKpis_ProgrammeId",
                table: "PolicyKpis",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyKpiValues_KpiId_PeriodStart",
                table: "PolicyKpiValues",
                columns: new[] { "KpiId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyKpiValues_MunicipalityId",
                table: "PolicyKpiValues",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammeLinks_DelegationId",
                table: "PolicyProgrammeLinks",
                column: "DelegationId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammeLinks_ExchangeProgrammeId",
                table: "PolicyProgrammeLinks",
                column: "ExchangeProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammeLinks_InvestmentProjectId",
                table: "PolicyProgrammeLinks",
                column: "InvestmentProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammeLinks_MunicipalityId",
                table: "PolicyProgrammeLinks",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammeLinks_ProgrammeId_ExchangeProgrammeId_Delega~",
                table: "PolicyProgrammeLinks",
                columns: new[] { "ProgrammeId", "ExchangeProgrammeId", "DelegationId", "InvestmentProjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammePartners_MunicipalityId",
                table: "PolicyProgrammePartners",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammePartners_ProgrammeId",
                table: "PolicyProgrammePartners",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammes_MunicipalityId_Name",
                table: "PolicyProgrammes",
                columns: new[] { "MunicipalityId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyProgrammes_PolicyId",
                table: "PolicyProgrammes",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyStaffAllocations_MunicipalityId",
                table: "PolicyStaffAllocations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyStaffAllocations_ProgrammeId_Year",
                table: "PolicyStaffAllocations",
                columns: new[] { "ProgrammeId", "Year" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_InvestmentProjects_Delegations_SourceDelegationId",
                table: "InvestmentProjects",
                column: "SourceDelegationId",
                principalTable: "Delegations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_InvestmentProjects_ExchangeActivities_SourceActivityId",
                table: "InvestmentProjects",
                column: "SourceActivityId",
                principalTable: "ExchangeActivities",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_InvestmentProjects_Delegations_SourceDelegationId",
                table: "InvestmentProjects");

            migrationBuilder.DropForeignKey(
                name: "FK_InvestmentProjects_ExchangeActivities_SourceActivityId",
                table: "InvestmentProjects");

            migrationBuilder.DropTable(
                name: "BenchmarkPublications");

            migrationBuilder.DropTable(
                name: "PolicyBudgetLines");

            migrationBuilder.DropTable(
                name: "PolicyKpiValues");

            migrationBuilder.DropTable(
                name: "PolicyProgrammeLinks");

            migrationBuilder.DropTable(
                name: "PolicyProgrammePartners");

            migrationBuilder.DropTable(
                name: "PolicyStaffAllocations");

            migrationBuilder.DropTable(
                name: "PolicyKpis");

            migrationBuilder.DropTable(
                name: "PolicyProgrammes");

            migrationBuilder.DropTable(
                name: "Policies");

            migrationBuilder.DropIndex(
                name: "IX_InvestmentProjects_SourceActivityId",
                table: "InvestmentProjects");

            migrationBuilder.DropIndex(
                name: "IX_InvestmentProjects_SourceDelegationId",
                table: "InvestmentProjects");
        }
    }
}
