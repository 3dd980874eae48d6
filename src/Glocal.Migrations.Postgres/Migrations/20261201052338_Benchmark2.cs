using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glocal.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Benchmark2 : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkPublications_MunicipalityId_IndicatorCode",
                table: "BenchmarkPublications",
                columns: new[] { "MunicipalityId", "IndicatorCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenchmarkPublications");
        }
    }
}
