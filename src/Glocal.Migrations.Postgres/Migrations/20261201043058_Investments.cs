using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Glocal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Investments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InvestmentCompanies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    NameKo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameOriginal = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    KsicCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Size = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentGroup = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentCompanies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentCompanies_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentCompanyContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Person = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentCompanyContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentCompanyContacts_InvestmentCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "InvestmentCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CodeName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SourceDelegationId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceActivityId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SiteType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SiteName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResponsibleOfficer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProbabilityPercent = table.Column<int>(type: "integer", nullable: false),
                    ExpectedDecisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DelayedFrom = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LostReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    FurthestStage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StageSince = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentProjects_InvestmentCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "InvestmentCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InvestmentProjects_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentGrievances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReferredTo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentGrievances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentGrievances_InvestmentProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "InvestmentProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvestmentGrievances_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentIncentives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AmountKrw = table.Column<long>(type: "bigint", nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Clawback = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentIncentives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentIncentives_InvestmentProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "InvestmentProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvestmentIncentives_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentJobsReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    DirectKorean = table.Column<int>(type: "integer", nullable: false),
                    Verification = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentJobsReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentJobsReports_InvestmentProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "InvestmentProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvestmentJobsReports_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentMous",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Signatories = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PledgedMinor = table.Column<long>(type: "bigint", nullable: false),
                    PledgedCurrency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    KrwPerUsdScaled = table.Column<long>(type: "bigint", nullable: true),
                    RateOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PledgedKrw = table.Column<long>(type: "bigint", nullable: false),
                    PledgedJobs = table.Column<int>(type: "integer", nullable: false),
                    NonBinding = table.Column<bool>(type: "boolean", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentMous", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentMous_InvestmentProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "InvestmentProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvestmentMous_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentStageChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentStageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentStageChanges_InvestmentProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "InvestmentProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvestmentStageChanges_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentTranches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    KrwPerUsdScaled = table.Column<long>(type: "bigint", nullable: true),
                    RateOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AmountKrw = table.Column<long>(type: "bigint", nullable: false),
                    Grade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EvidenceSource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentTranches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentTranches_InvestmentProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "InvestmentProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvestmentTranches_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentIncentiveConditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IncentiveId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentIncentiveConditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentIncentiveConditions_InvestmentIncentives_Incentiv~",
                        column: x => x.IncentiveId,
                        principalTable: "InvestmentIncentives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentForeignJobCounts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StayStatus = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    JobsReportId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentForeignJobCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentForeignJobCounts_InvestmentJobsReports_JobsReport~",
                        column: x => x.JobsReportId,
                        principalTable: "InvestmentJobsReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvestmentMouMilestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MouId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvestmentMouMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvestmentMouMilestones_InvestmentMous_MouId",
                        column: x => x.MouId,
                        principalTable: "InvestmentMous",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentCompanies_MunicipalityId_NameEn",
                table: "InvestmentCompanies",
                columns: new[] { "MunicipalityId", "NameEn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentCompanyContacts_CompanyId",
                table: "InvestmentCompanyContacts",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentForeignJobCounts_JobsReportId",
                table: "InvestmentForeignJobCounts",
                column: "JobsReportId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentGrievances_MunicipalityId",
                table: "InvestmentGrievances",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentGrievances_ProjectId",
                table: "InvestmentGrievances",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentIncentiveConditions_IncentiveId",
                table: "InvestmentIncentiveConditions",
                column: "IncentiveId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentIncentives_MunicipalityId",
                table: "InvestmentIncentives",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentIncentives_ProjectId",
                table: "InvestmentIncentives",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentJobsReports_MunicipalityId",
                table: "InvestmentJobsReports",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentJobsReports_ProjectId",
                table: "InvestmentJobsReports",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentMouMilestones_MouId",
                table: "InvestmentMouMilestones",
                column: "MouId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentMous_MunicipalityId",
                table: "InvestmentMous",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentMous_ProjectId",
                table: "InvestmentMous",
                column: "ProjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_CompanyId",
                table: "InvestmentProjects",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_MunicipalityId_Stage",
                table: "InvestmentProjects",
                columns: new[] { "MunicipalityId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentProjects_MunicipalityId_Title",
                table: "InvestmentProjects",
                columns: new[] { "MunicipalityId", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentStageChanges_MunicipalityId",
                table: "InvestmentStageChanges",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentStageChanges_ProjectId_On",
                table: "InvestmentStageChanges",
                columns: new[] { "ProjectId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentTranches_MunicipalityId",
                table: "InvestmentTranches",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_InvestmentTranches_ProjectId_On",
                table: "InvestmentTranches",
                columns: new[] { "ProjectId", "On" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvestmentCompanyContacts");

            migrationBuilder.DropTable(
                name: "InvestmentForeignJobCounts");

            migrationBuilder.DropTable(
                name: "InvestmentGrievances");

            migrationBuilder.DropTable(
                name: "InvestmentIncentiveConditions");

            migrationBuilder.DropTable(
                name: "InvestmentMouMilestones");

            migrationBuilder.DropTable(
                name: "InvestmentStageChanges");

            migrationBuilder.DropTable(
                name: "InvestmentTranches");

            migrationBuilder.DropTable(
                name: "InvestmentJobsReports");

            migrationBuilder.DropTable(
                name: "InvestmentIncentives");

            migrationBuilder.DropTable(
                name: "InvestmentMous");

            migrationBuilder.DropTable(
                name: "InvestmentProjects");

            migrationBuilder.DropTable(
                name: "InvestmentCompanies");
        }
    }
}
