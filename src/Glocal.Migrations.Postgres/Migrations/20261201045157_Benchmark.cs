using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Glocal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Benchmark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublicStatistics");

            migrationBuilder.CreateTable(
                name: "BenchmarkImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Created = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenchmarkSeries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    NameKo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Licence = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkSeries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenchmarkObservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesId = table.Column<Guid>(type: "uuid", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: true),
                    Breakdown = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    ImportId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkObservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenchmarkObservations_BenchmarkImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "BenchmarkImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_BenchmarkObservations_BenchmarkSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "BenchmarkSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BenchmarkObservations_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkObservations_ImportId",
                table: "BenchmarkObservations",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkObservations_MunicipalityId",
                table: "BenchmarkObservations",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkObservations_SeriesId_RegionCode_Breakdown_Referen~",
                table: "BenchmarkObservations",
                columns: new[] { "SeriesId", "RegionCode", "Breakdown", "ReferenceDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkObservations_SeriesId_Year",
                table: "BenchmarkObservations",
                columns: new[] { "SeriesId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkSeries_Code",
                table: "BenchmarkSeries",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenchmarkObservations");

            migrationBuilder.DropTable(
                name: "BenchmarkImports");

            migrationBuilder.DropTable(
                name: "BenchmarkSeries");

            migrationBuilder.CreateTable(
                name: "PublicStatistics",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Definition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Indicator = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    IsSynthetic = table.Column<bool>(type: "boolean", nullable: false),
                    MunicipalityId = table.Column<int>(type: "integer", nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicStatistics", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublicStatistics_MunicipalityId_Indicator_Definition_Refere~",
                table: "PublicStatistics",
                columns: new[] { "MunicipalityId", "Indicator", "Definition", "ReferenceDate" },
                unique: true);
        }
    }
}
