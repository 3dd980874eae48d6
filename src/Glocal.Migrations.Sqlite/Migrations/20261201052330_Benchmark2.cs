using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Glocal.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RowVersion = table.Column<long>(type: "INTEGER", nullable: false)
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
